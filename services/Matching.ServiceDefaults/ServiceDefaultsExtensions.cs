using System.Text.Json.Serialization;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Matching.ServiceDefaults;

/// <summary>What every Matching service sets up the same way: JSON, problem details, health, shared reference data.</summary>
public static class ServiceDefaultsExtensions
{
    public const string LiveTag = "live";

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<SearchUnavailableExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new Matching.Domain.StrictEnumJsonConverter());
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        builder.Services.TryAddSingleton(PartyDirectory.RegionZwolleDefault);
        builder.Services.TryAddSingleton(PostcodeGazetteer.Netherlands);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddApiKeySecurity();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag])
            .AddCheck<SearchIndexHealthCheck>("search-index");
        return builder;
    }

    /// <summary>
    /// /alive: the process runs (liveness). /ready: it can do its work, index, bus and outbox included (readiness).
    /// Both answer probes without a key, outside the rate limit (a burst of bad keys must not fail a probe), and say
    /// only healthy or not. /health gives the details (checks, pending writes, index counts) to clients with "ops".
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiKeySecurity();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag), ResponseWriter = HealthResponse.WriteStatusAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/ready", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteStatusAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync })
            .RequireAuthorization(Permissions.Ops);
        return app;
    }
}
