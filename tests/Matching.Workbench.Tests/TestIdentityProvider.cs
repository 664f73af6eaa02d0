using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Matching.Workbench.Tests;

/// <summary>
/// A real OpenID Connect provider in the test process (OpenIddict server on Kestrel, authorization code + PKCE, one
/// public client): the workbench signs people in against it exactly as against a municipality's provider. Its
/// login page lists the test people as buttons (the test's stand-in for a password form).
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "matching-workbench";

    /// <summary>Test people: subject, display name, and the claims their organisation's provider issues.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, (string Type, string Value)[] Claims)> People = new Dictionary<string, (string, (string, string)[])>
    {
        // Party and permissions through the role mapping (Workbench:Roles:netwerker-dalfsen).
        ["netwerker-dalfsen"] = ("Netwerker Dalfsen", [("role", "netwerker-dalfsen")]),
        // Party and permissions as direct claims.
        ["consulent-ommen"] = ("Consulent Ommen", [("party", "GM0175"), ("permission", "rank"), ("permission", "read"), ("permission", "outcomes")]),
        // Known to the provider, but no party: the workbench must refuse.
        ["zonder-partij"] = ("Zonder partij", [("role", "onbekend")]),
    };

    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app, Uri authority) => (_app, Authority) = (app, authority);

    public Uri Authority { get; }

    public static async Task<TestIdentityProvider> StartAsync(Uri workbenchBase)
    {
        var port = FreePort();
        var authority = new Uri($"http://127.0.0.1:{port}/");
        var redirectUri = new Uri(workbenchBase, "/aanmelden/oidc").ToString();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetIssuer(authority);
            server.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            server.RegisterScopes(Scopes.OpenId, Scopes.Profile);
            server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            server.DisableAccessTokenEncryption();
            // No database: clients and redirect URIs are checked by the handlers below.
            server.EnableDegradedMode();
            server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            server.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId) context.Reject(Errors.InvalidClient, "Unknown client.");
                else if (context.RedirectUri != redirectUri) context.Reject(Errors.InvalidRequest, "Unknown redirect_uri.");
                return default;
            }));
            server.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId) context.Reject(Errors.InvalidClient, "Unknown client.");
                return default;
            }));
        });
        var app = builder.Build();
        app.MapMethods("/connect/authorize", ["GET", "POST"], Authorize);
        await app.StartAsync();
        return new TestIdentityProvider(app, authority);
    }

    /// <summary>Without a chosen person: the login page. With one (login_user): signs them in through OpenIddict.</summary>
    private static IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()!;
        var chosen = context.Request.Query["login_user"].ToString();
        if (!People.TryGetValue(chosen, out var person))
        {
            var page = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><title>Test-IdP</title></head><body><h1>Test-identiteitsprovider</h1><form method=\"get\">");
            foreach (var (key, value) in context.Request.Query.Where(q => q.Key != "login_user"))
                page.Append($"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(key)}\" value=\"{WebUtility.HtmlEncode(value.ToString())}\">");
            foreach (var (subject, (name, _)) in People)
                page.Append($"<button type=\"submit\" name=\"login_user\" value=\"{subject}\">{WebUtility.HtmlEncode(name)}</button>");
            page.Append("</form></body></html>");
            return Results.Content(page.ToString(), "text/html; charset=utf-8");
        }
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, chosen));
        identity.AddClaim(new Claim(Claims.Name, person.Name));
        foreach (var (type, value) in person.Claims) identity.AddClaim(new Claim(type, value));
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(request.GetScopes());
        foreach (var claim in principal.Claims) claim.SetDestinations(Destinations.IdentityToken, Destinations.AccessToken);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
