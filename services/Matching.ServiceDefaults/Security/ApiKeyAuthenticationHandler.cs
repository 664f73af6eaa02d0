using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Security;

/// <summary>Authenticates REST and gRPC calls by the "x-api-key" header (gRPC metadata is a header too).</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiClientDirectory clients)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "x-api-key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
            return Task.FromResult(AuthenticateResult.NoResult());
        if (clients.Find(values[0]!) is not { } found)
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        var (name, client) = found;

        var claims = new List<Claim> { new(ClaimTypes.Name, name), new(Caller.PartyClaim, client.Party) };
        claims.AddRange(client.ActsFor.Select(p => new Claim(Caller.ActsForClaim, p)));
        claims.AddRange(client.Permissions.Select(p => new Claim(Permissions.ClaimType, p)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <summary>No or unknown key: 401 for REST; for gRPC a proper UNAUTHENTICATED status (trailers-only response), not a bare HTTP 401.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        IsGrpc(Request) ? WriteGrpcStatusAsync(Response, 16, "A valid API key is required (x-api-key).") : base.HandleChallengeAsync(properties);

    /// <summary>A known key without the needed permission: 403 for REST, PERMISSION_DENIED for gRPC.</summary>
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        IsGrpc(Request) ? WriteGrpcStatusAsync(Response, 7, "This client lacks the permission for this call.") : base.HandleForbiddenAsync(properties);

    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>A trailers-only gRPC response: HTTP 200 with the status in the headers.</summary>
    public static Task WriteGrpcStatusAsync(HttpResponse response, int status, string message)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        return Task.CompletedTask;
    }
}
