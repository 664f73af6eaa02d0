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

    /// <summary>/alive: the process runs (liveness). /health: it can do its work, index and bus included (readiness).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseApiKeySecurity();
        // Probes carry no key; health shows states and counts, no personal data.
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag), ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        return app;
    }
}
