using Matching.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.ServiceDefaults;

/// <summary>
/// Work done at start and then once a day (retention purges): a failed run is logged and tried again the next day.
/// Replicas take turns (<see cref="IWorkLease"/>, work <see cref="LeaseName"/>): replicas started together by a rollout
/// do not purge the same rows at once, and one that finds the lease held leaves that day's run to its holder. The runs
/// must still be idempotent: a lease that cannot be checked is granted, and replicas started at other hours each run.
/// </summary>
public abstract class DailySweep(TimeProvider clock, ILogger logger, IWorkLease? lease = null) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    private readonly IWorkLease _lease = lease ?? OneProcessWorkLease.Instance;

    protected TimeProvider Clock { get; } = clock;

    protected ILogger Logger { get; } = logger;

    /// <summary>What the sweep does, for its log line when it fails.</summary>
    protected abstract string What { get; }

    /// <summary>The work the replicas take turns at.</summary>
    public abstract string LeaseName { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Runs the sweep once unless another replica is running it; true when this one ran it.</summary>
    public async Task<bool> RunInTurnAsync(CancellationToken cancellationToken)
    {
        await using var turn = await _lease.TryTakeAsync(LeaseName, cancellationToken);
        if (turn is null)
        {
            Logger.LogInformation("{Sweep} is being run by another replica; this one skips it today", What);
            return false;
        }
        await RunOnceAsync(cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await RunInTurnAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Logger.LogWarning(e, "{Sweep} failed; next attempt in {Interval}", What, Interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
