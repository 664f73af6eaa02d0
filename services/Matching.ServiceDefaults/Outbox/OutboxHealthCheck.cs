using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// Healthy when nothing waits. Degraded while accepted writes wait for the search engine or broker, or parked writes
/// wait for an operator (`make outbox`). Unhealthy (readiness 503) once the oldest pending write has waited longer
/// than <see cref="OutboxOptions.UnhealthyAfterMinutes"/>.
/// </summary>
public sealed class OutboxHealthCheck(WriteOutbox outbox, OutboxDrainer drainer, IOptions<OutboxOptions> options, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await outbox.CountAsync(cancellationToken);
        var parked = await outbox.ParkedCountAsync(cancellationToken);
        var oldest = await outbox.OldestPendingAsync(cancellationToken);
        var waited = oldest is { } at ? clock.GetUtcNow() - at : TimeSpan.Zero;
        var data = new Dictionary<string, object> { ["pending"] = pending, ["parked"] = parked, ["oldestPendingSeconds"] = (long)waited.TotalSeconds };
        foreach (var target in Enum.GetValues<IndexTarget>())
            if (drainer.Outage(target) is { } reason) data["waiting:" + target] = reason;
        if (pending > 0 && waited.TotalMinutes > options.Value.UnhealthyAfterMinutes)
            return HealthCheckResult.Unhealthy($"{pending} accepted writes wait, the oldest for {(int)waited.TotalMinutes} minutes.", data: data);
        if (pending > 0 || parked > 0)
            return HealthCheckResult.Degraded(
                $"{pending} accepted writes wait for the search engine or broker; {parked} parked writes wait for an operator (make outbox).", data: data);
        return HealthCheckResult.Healthy("No pending or parked writes.", data);
    }
}
