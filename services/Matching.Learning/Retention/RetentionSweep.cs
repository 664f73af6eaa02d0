using Matching.Learning.Logging;
using Matching.Ranking.Audit;
using Matching.ServiceDefaults.Storage;
using Microsoft.Extensions.Options;

namespace Matching.Learning.Retention;

/// <summary>
/// Once a day, removes rankings older than Storage:ImpressionRetentionMonths (default 12) and, when
/// Storage:AuditRetentionMonths is set (never below six), audit entries older than that. Purges are idempotent, so
/// every replica may run one.
/// </summary>
public sealed class RetentionSweep(IImpressionLog impressions, IAuditLog audit, IOptions<StorageOptions> options, TimeProvider clock,
    ILogger<RetentionSweep> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Retention sweep failed; next attempt in {Interval}", Interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rankings = await impressions.PurgeBeforeAsync(now.AddMonths(-options.Value.ImpressionRetentionMonths), cancellationToken);
        var entries = options.Value.AuditRetentionMonths is { } months ? await audit.PurgeBeforeAsync(now.AddMonths(-months), cancellationToken) : 0;
        if (rankings + entries > 0)
            logger.LogInformation("Retention removed {Rankings} rankings and {AuditEntries} audit entries", rankings, entries);
    }
}
