using Microsoft.Extensions.DependencyInjection;
using Polly.Telemetry;

namespace Matching.Search.Resilience;

/// <summary>
/// Polly's telemetry logs the result of every execution ("Result: 'CandidateProfile { Reference = …, HomePc4 = … }'");
/// results here are profiles and vacancies, so only their type name may reach a log line.
/// </summary>
public static class ResilienceTelemetry
{
    public static IServiceCollection AddPrivacySafeResilienceTelemetry(this IServiceCollection services) =>
        services.Configure<TelemetryOptions>(options => options.ResultFormatter = (_, result) => Describe(result));

    public static string? Describe(object? result) => result?.GetType().Name;
}
