using Matching.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>Which outbox targets this process drains: events always, candidate and vacancy writes where a module writes them.</summary>
public sealed record DrainedTarget(IndexTarget Target);

/// <summary>
/// Drains the outbox in the background: one loop per target (candidate writes, vacancy writes, events), each woken by
/// new work or every <see cref="OutboxOptions.DrainIntervalSeconds"/>, so neither a slow broker nor one target's
/// outage holds back another.
/// </summary>
public sealed class OutboxDrainService(OutboxDrainer drainer, WriteOutbox outbox, IEnumerable<DrainedTarget> targets, IOptions<OutboxOptions> options,
    MatchingMetrics metrics, ILogger<OutboxDrainService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(targets.Select(t => t.Target).Distinct().Select(target => Task.Run(() => LoopAsync(target, stoppingToken), stoppingToken)));

    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    /// <summary>At most hourly: forget the ids of events delivered longer than the retention ago.</summary>
    private async Task PurgeWhenDueAsync(CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (now < _nextPurge) return;
        _nextPurge = now.AddHours(1);
        var purged = await outbox.PurgeDeliveredMessagesAsync(TimeSpan.FromHours(options.Value.DeliveredMessageRetentionHours), cancellationToken);
        if (purged > 0) logger.LogInformation("Outbox: forgot {Count} delivered event ids past their retention", purged);
    }

    private async Task LoopAsync(IndexTarget target, CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.DrainIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var done = target == IndexTarget.Events
                    ? await drainer.DrainEventsAsync(stoppingToken)
                    : await drainer.DrainIndexAsync(target, stoppingToken);
                if (done > 0) logger.LogDebug("Outbox: {Count} writes done for {Target}", done, target);
                if (target == IndexTarget.Events) await PurgeWhenDueAsync(stoppingToken);
                metrics.OutboxPending(await outbox.CountAsync(stoppingToken));
                await outbox.WaitForWorkAsync(target, interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The outbox file itself failed (disk full, locked): keep trying, the writes are still there.
                logger.LogError("Outbox drain for {Target} failed: {Reason}", target, e.Message);
                await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
