using Matching.Search;
using Matching.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace Matching.Weekdate;

/// <summary>
/// Once a day, removes the HTML and CSV of the lists of weeks that ended more than Weekdate:KeepListsWeeks ago (default
/// 26): they name candidates and their fit, and a weekdate meeting works from recent weeks. A download of such a list
/// then answers that it is not available. Replicas take turns (<see cref="DailySweep"/>); the purge is idempotent.
/// </summary>
public sealed class WeekdateListRetention(IWeekdateLedger ledger, IOptions<WeekdateOptions> options, TimeProvider clock,
    ILogger<WeekdateListRetention> logger, IWorkLease? lease = null) : DailySweep(clock, logger, lease)
{
    protected override string What => "Weekdate list retention";

    public override string LeaseName => "weekdate-list-retention";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var oldestKept = IsoWeek.Containing(Clock.GetUtcNow(), zone).WeeksLater(-options.Value.KeepListsWeeks);
        var removed = await ledger.PurgeRenderingsBeforeAsync(oldestKept, cancellationToken);
        if (removed > 0) Logger.LogInformation("Weekdate list retention removed the files of {Lists} lists before {Week}", removed, oldestKept);
        return removed;
    }
}
