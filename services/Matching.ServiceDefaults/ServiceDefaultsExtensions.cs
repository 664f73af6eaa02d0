using System.Text.Json.Serialization;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.ServiceDefaults.Security;
using Matching.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Matching.ServiceDefaults;

/// <summary>What every Matching service sets up the same way: JSON, problem details, health, shared reference data.</summary>
public static class ServiceDefaultsExtensions
{
    public const string LiveTag = "live";

    /// <summary>Checks a pod must pass before it gets traffic.</summary>
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        // First hosted service: a second process on the same data folder stops here, before it opens anything.
        builder.Services.AddHostedService<DataFolderLock>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<SearchUnavailableExceptionHandler>();
        builder.Services.AddExceptionHandler<BodyTooLargeExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.TryAddSingleton(PartyDirectory.RegionZwolleDefault);
        builder.Services.TryAddSingleton(PostcodeGazetteer.Netherlands);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddApiKeySecurity();
        builder.AddTelemetry();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag, ReadyTag])
            .AddCheck<SearchIndexHealthCheck>("search-index");
        return builder;
    }

    /// <summary>
    /// /alive: the process runs (liveness probe). /ready: the checks tagged ready pass (readiness probe). Both
    /// anonymous, outside the rate limit (a kubelet probes every few seconds) and with the status only. /health: every
    /// check with its description, for operators. The search engine and the broker stay out of readiness on purpose:
    /// while they are away a pod still answers reads with 503 and Retry-After and accepts writes into its outbox
    /// (202), which a Service without ready endpoints could not do. MassTransit tags its bus check "ready" itself.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiKeySecurity();
        // Probes carry no key; health shows states and counts, no personal data.
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag), ResponseWriter = HealthResponse.WriteStatusAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains(ReadyTag) && !r.Tags.Contains("masstransit"), ResponseWriter = HealthResponse.WriteStatusAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        return app;
    }
}
