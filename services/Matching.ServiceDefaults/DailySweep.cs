using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.ServiceDefaults;

/// <summary>
/// Work done at start and then once a day (retention purges): a failed run is logged and tried again the next day.
/// The runs must be idempotent, since every replica runs its own.
/// </summary>
public abstract class DailySweep(TimeProvider clock, ILogger logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected TimeProvider Clock { get; } = clock;

    protected ILogger Logger { get; } = logger;

    /// <summary>What the sweep does, for its log line when it fails.</summary>
    protected abstract string What { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Logger.LogWarning(e, "{Sweep} failed; next attempt in {Interval}", What, Interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
