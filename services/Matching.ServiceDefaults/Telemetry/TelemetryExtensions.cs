using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Matching.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>The standard OpenTelemetry setting; without it nothing is exported.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Every meter and activity source whose data the services export.</summary>
    public static readonly string[] Meters = [MatchingMetrics.Name, "MassTransit", "Polly", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http"];

    public static readonly string[] Sources = [MatchingMetrics.Name, "MassTransit", "Elastic.Transport"];

    /// <summary>
    /// Traces and metrics: HTTP and gRPC requests (ASP.NET Core), outgoing HTTP (the Elasticsearch client), index and
    /// broker calls (the Polly pipelines search-read, search-write, broker-publish), events published and consumed
    /// (MassTransit), ranking latency and outbox depth (<see cref="MatchingMetrics"/>). Exported over OTLP, logs
    /// included, only when OTEL_EXPORTER_OTLP_ENDPOINT is set. Console logs carry the trace and span ids in their scope.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MatchingMetrics>();
        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(Sources))
            .WithMetrics(metrics => metrics.AddMeter(Meters))
            .WithLogging(_ => { }, options =>
            {
                options.IncludeFormattedMessage = true;
                options.IncludeScopes = true;
            });
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey])) telemetry.UseOtlpExporter();
        return builder;
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/alive") || path.StartsWithSegments("/ready") || path.StartsWithSegments("/health");
}
