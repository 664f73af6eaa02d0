namespace Matching.Weekdate;

/// <summary>
/// The weekdate's memory: every generation (who, when, ranker), the candidate snapshots each week's list saw (to tell
/// what changed since), and the matches it proposed (to follow up). A week's snapshots and proposals are replaced when
/// that week is generated again, so regenerating is repeatable.
/// </summary>
public interface IWeekdateLedger
{
    /// <summary>How long a scheduled run's claim holds before another replica may take the run over (the claimant died).</summary>
    public static readonly TimeSpan ScheduledRunLease = TimeSpan.FromMinutes(15);

    /// <summary>Per candidate, the snapshot of the latest earlier week that saw them.</summary>
    Task<IReadOnlyDictionary<string, CandidateSnapshot>> SnapshotsBeforeAsync(string party, IsoWeek week, CancellationToken cancellationToken);

    /// <summary>Matches proposed at earlier weekdates of <paramref name="party"/>, each with the first week it was proposed.</summary>
    Task<IReadOnlyList<(string VacancyId, string CandidateRef, IsoWeek Week)>> ProposalsBeforeAsync(string party, IsoWeek week, CancellationToken cancellationToken);

    /// <summary>Records a generation with the snapshots it saw and the matches it proposed, replacing that week's earlier ones.</summary>
    Task RecordAsync(WeekdateGeneration generation, IReadOnlyDictionary<string, CandidateSnapshot> snapshots,
        IEnumerable<(string VacancyId, string CandidateRef)> proposals, CancellationToken cancellationToken);

    Task<IReadOnlyList<WeekdateGeneration>> GenerationsAsync(string party, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the scheduled run of <paramref name="week"/> for <paramref name="party"/>: true for exactly one caller across
    /// replicas, unless that run was claimed more than <see cref="ScheduledRunLease"/> ago and never completed.
    /// </summary>
    Task<bool> ClaimScheduledRunAsync(string party, IsoWeek week, DateTimeOffset now, CancellationToken cancellationToken);

    Task CompleteScheduledRunAsync(string party, IsoWeek week, CancellationToken cancellationToken);
}
