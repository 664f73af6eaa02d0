using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>Degraded while accepted writes wait for the search engine or the broker.</summary>
public sealed class OutboxHealthCheck(WriteOutbox outbox) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await outbox.CountAsync(cancellationToken);
        return pending == 0
            ? HealthCheckResult.Healthy("No pending writes.")
            : HealthCheckResult.Degraded($"{pending} accepted writes wait for the search engine or broker.", data: new Dictionary<string, object> { ["pending"] = pending });
    }
}
