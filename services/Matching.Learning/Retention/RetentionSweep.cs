using Matching.ServiceDefaults;
using Matching.Learning.Logging;
using Matching.Ranking.Audit;
using Matching.ServiceDefaults.Storage;
using Matching.Search;
using Microsoft.Extensions.Options;

namespace Matching.Learning.Retention;

/// <summary>
/// Once a day, removes rankings older than Storage:ImpressionRetentionMonths (default 12) and, when
/// Storage:AuditRetentionMonths is set (never below six), audit entries older than that. Replicas take turns
/// (<see cref="DailySweep"/>); the purges are idempotent.
/// </summary>
public sealed class RetentionSweep(IImpressionLog impressions, IAuditLog audit, IOptions<StorageOptions> options, TimeProvider clock,
    ILogger<RetentionSweep> logger, IWorkLease? lease = null) : DailySweep(clock, logger, lease)
{
    protected override string What => "Retention sweep";

    public override string LeaseName => "retention-sweep";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var rankings = await impressions.PurgeBeforeAsync(now.AddMonths(-options.Value.ImpressionRetentionMonths), cancellationToken);
        var entries = options.Value.AuditRetentionMonths is { } months ? await audit.PurgeBeforeAsync(now.AddMonths(-months), cancellationToken) : 0;
        if (rankings + entries > 0)
            Logger.LogInformation("Retention removed {Rankings} rankings and {AuditEntries} audit entries", rankings, entries);
    }
}
