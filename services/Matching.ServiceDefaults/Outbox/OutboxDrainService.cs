using Matching.ServiceDefaults.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>Retries pending writes in the background until the search engine and broker have taken them.</summary>
public sealed class OutboxDrainService(
    IServiceScopeFactory scopes, WriteOutbox outbox, IOptions<OutboxOptions> options, MatchingMetrics metrics, ILogger<OutboxDrainService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.DrainIntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var pending = await outbox.CountAsync(stoppingToken);
                metrics.OutboxPending(pending);
                if (pending == 0) continue;
                using var scope = scopes.CreateScope();
                var applied = await scope.ServiceProvider.GetRequiredService<IndexWrites>().DrainAsync(stoppingToken);
                if (applied > 0) logger.LogInformation("Applied {Count} pending writes", applied);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("Pending writes still waiting: {Reason}", e.Message);
            }
        }
    }
}
