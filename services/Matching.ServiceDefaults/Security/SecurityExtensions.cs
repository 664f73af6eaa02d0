using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.ServiceDefaults.Security;

/// <summary>API-key authentication, one authorization policy per permission, and a rate limit per client.</summary>
public static class SecurityExtensions
{
    /// <summary>Limit for calls without a valid key (health probes, mistakes), per remote address.</summary>
    public const int AnonymousRequestsPerMinute = 120;

    public static IHostApplicationBuilder AddApiKeySecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new ApiClientDirectory(builder.Configuration));
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization(options =>
        {
            foreach (var permission in Permissions.All)
                options.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().RequireClaim(Permissions.ClaimType, permission));
            // Anything not marked otherwise needs a known caller: a forgotten attribute fails closed.
            options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (context.User.Identity is { IsAuthenticated: true, Name: { } name })
                {
                    var perMinute = context.RequestServices.GetRequiredService<ApiClientDirectory>().Get(name)?.RequestsPerMinute ?? 600;
                    return RateLimitPartition.GetTokenBucketLimiter("client:" + name, _ => Bucket(perMinute));
                }
                return RateLimitPartition.GetTokenBucketLimiter("anonymous:" + context.Connection.RemoteIpAddress, _ => Bucket(AnonymousRequestsPerMinute));
            });
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    /// <summary>Authentication, then the per-client rate limit (it needs the caller), then authorization.</summary>
    public static WebApplication UseApiKeySecurity(this WebApplication app)
    {
        var clients = app.Services.GetRequiredService<ApiClientDirectory>();
        if (clients.UsesDemoClients)
            app.Logger.LogWarning("Demo mode without configured clients: the published demo API keys from the README are accepted. Configure Clients:* and turn Demo:Enabled off before real use.");
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    private static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = Math.Max(1, perMinute / 6),
        TokensPerPeriod = Math.Max(1, perMinute / 6),
        ReplenishmentPeriod = TimeSpan.FromSeconds(10),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>429 with Retry-After for REST; for gRPC a proper ResourceExhausted status in the trailers.</summary>
    private static ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(10);
        response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (context.HttpContext.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/grpc";
            // A trailers-only gRPC response: the status travels in the headers.
            response.Headers["grpc-status"] = "8";
            response.Headers["grpc-message"] = "Rate limit exceeded for this client; slow down.";
            return ValueTask.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        return ValueTask.CompletedTask;
    }
}
