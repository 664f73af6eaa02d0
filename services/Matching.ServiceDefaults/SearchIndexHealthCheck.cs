using Matching.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matching.ServiceDefaults;

/// <summary>Ready when the indexes this service uses answer a count; degraded while one works on itself in the background.</summary>
public sealed class SearchIndexHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var candidates = services.GetService<ICandidateIndex>();
            var vacancies = services.GetService<IVacancyIndex>();
            var data = new Dictionary<string, object>();
            if (candidates is not null) data["candidates"] = await candidates.CountAsync(cancellationToken);
            if (vacancies is not null) data["vacancies"] = await vacancies.CountAsync(cancellationToken);
            // Still ready: the index answers, with the words of the vocabulary it was built with until the work is done.
            return (candidates as IIndexMaintenance)?.Pending is { } pending
                ? HealthCheckResult.Degraded($"Search index reachable; {pending}.", data: data)
                : HealthCheckResult.Healthy("Search index reachable.", data);
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("Search index unreachable.", e);
        }
    }
}
