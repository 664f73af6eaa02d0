using Microsoft.Extensions.Options;

namespace Matching.Weekdate;

/// <summary>
/// Once a day, removes the HTML and CSV of the lists of weeks that ended more than Weekdate:KeepListsWeeks ago (default
/// 26): they name candidates and their fit, and a weekdate meeting works from recent weeks. A download of such a list
/// then answers that it is not available. Idempotent, so every replica may run it.
/// </summary>
public sealed class WeekdateListRetention(IWeekdateLedger ledger, IOptions<WeekdateOptions> options, TimeProvider clock,
    ILogger<WeekdateListRetention> logger) : BackgroundService
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
                logger.LogWarning(e, "Weekdate list retention failed; next attempt in {Interval}", Interval);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var oldestKept = IsoWeek.Containing(clock.GetUtcNow(), zone).WeeksLater(-options.Value.KeepListsWeeks);
        var removed = await ledger.PurgeRenderingsBeforeAsync(oldestKept, cancellationToken);
        if (removed > 0) logger.LogInformation("Weekdate list retention removed the files of {Lists} lists before {Week}", removed, oldestKept);
        return removed;
    }
}
