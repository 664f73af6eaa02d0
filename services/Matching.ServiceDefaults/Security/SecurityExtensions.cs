using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Matching.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.ServiceDefaults.Security;

/// <summary>
/// API-key authentication, one authorization policy per permission, and a rate limit per client: each replica's token
/// bucket, and on PostgreSQL the minute's count over all replicas (<see cref="SharedRateLimits"/>).
/// </summary>
public static class SecurityExtensions
{
    /// <summary>Default limit for calls without a valid key (mistakes, guessing), per remote address; probes are not limited.</summary>
    public const int AnonymousRequestsPerMinute = 120;

    /// <summary>
    /// Default limit per remote address for the workbench's pages (people signed in with a cookie, not a key): a
    /// page view is a few requests, and a municipality's netwerkers may share one address.
    /// </summary>
    public const int WebRequestsPerMinute = 1200;

    /// <summary>Default limit per person signed in to the workbench, whatever address they share with colleagues.</summary>
    public const int PersonRequestsPerMinute = 600;

    public static IHostApplicationBuilder AddApiKeySecurity(this IHostApplicationBuilder builder)
    {
        // Callers without a key share one bucket per address; behind a NAT that may need more (Security:AnonymousRequestsPerMinute).
        var anonymousPerMinute = Math.Max(1, builder.Configuration.GetValue("Security:AnonymousRequestsPerMinute", AnonymousRequestsPerMinute));
        var webPerMinute = Math.Max(1, builder.Configuration.GetValue("Security:WebRequestsPerMinute", WebRequestsPerMinute));
        var personPerMinute = Math.Max(1, builder.Configuration.GetValue("Security:PersonRequestsPerMinute", PersonRequestsPerMinute));
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
        builder.Services.AddSingleton(provider => new RateLimitBuckets(
            provider.GetRequiredService<ApiClientDirectory>(), anonymousPerMinute, webPerMinute, personPerMinute));
        builder.Services.AddStorage();
        builder.Services.AddSingleton<SharedRateLimits>();
        builder.Services.AddRateLimiter(options =>
        {
            // This replica's token bucket (bursts), then the minute's count over all replicas (on PostgreSQL).
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                {
                    var (key, perMinute) = BucketOf(context);
                    return RateLimitPartition.GetTokenBucketLimiter(key, _ => Bucket(perMinute));
                }),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                {
                    var (key, perMinute) = BucketOf(context);
                    return context.RequestServices.GetRequiredService<SharedRateLimits>().PartitionFor(key, perMinute);
                }));
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

    private static (string Key, int PerMinute) BucketOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<RateLimitBuckets>().For(context.User, context.Connection.RemoteIpAddress, IsApiCall(context.Request));

    /// <summary>REST under /api and gRPC: the surfaces a key opens, where calls without a valid one are mistakes or guessing.</summary>
    private static bool IsApiCall(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || (request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) ?? false);

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
        if (ApiKeyAuthenticationHandler.IsGrpc(context.HttpContext.Request))
            return new ValueTask(ApiKeyAuthenticationHandler.WriteGrpcStatusAsync(response, 8, "Rate limit exceeded for this client; slow down."));
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        return ValueTask.CompletedTask;
    }
}
