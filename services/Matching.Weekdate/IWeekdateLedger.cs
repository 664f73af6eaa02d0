namespace Matching.Weekdate;

/// <summary>
/// The weekdate's memory: every generation (who, when, ranker), the HTML and CSV of each party's week's latest one (so
/// any replica serves the download), the candidate snapshots each week's list saw (to tell what changed since), and the
/// matches it proposed (to follow up). Generating a week again never takes anything from
/// a later week: a week's snapshot of a candidate is replaced only by a newer one of that week (the generator records
/// only profiles it dates to the week) and other candidates' snapshots stay; proposals accumulate (a match shown at a
/// meeting stays proposed). The same data gives the same rows again.
/// </summary>
public interface IWeekdateLedger
{
    /// <summary>How long a scheduled run's claim holds before another replica may take the run over (the claimant died).</summary>
    public static readonly TimeSpan ScheduledRunLease = TimeSpan.FromMinutes(15);

    /// <summary>Per candidate, the snapshot of the latest earlier week that saw them.</summary>
    Task<IReadOnlyDictionary<string, CandidateSnapshot>> SnapshotsBeforeAsync(string party, IsoWeek week, CancellationToken cancellationToken);

    /// <summary>Candidates a weekdate of <paramref name="party"/> saw in <paramref name="week"/> or earlier.</summary>
    Task<IReadOnlySet<string>> SeenUpToAsync(string party, IsoWeek week, CancellationToken cancellationToken);

    /// <summary>Matches proposed at earlier weekdates of <paramref name="party"/>, each with the first week it was proposed.</summary>
    Task<IReadOnlyList<(string VacancyId, string CandidateRef, IsoWeek Week)>> ProposalsBeforeAsync(string party, IsoWeek week, CancellationToken cancellationToken);

    /// <summary>
    /// Records a generation with its renderings (replacing those of the party's week's earlier generation), the snapshots
    /// it dates to the week (replacing that week's earlier snapshot of the same candidates, keeping the others) and the
    /// matches it proposed (added to that week's earlier ones), all in one transaction.
    /// </summary>
    Task RecordAsync(WeekdateGeneration generation, WeekdateRenderings renderings, IReadOnlyDictionary<string, CandidateSnapshot> snapshots,
        IEnumerable<(string VacancyId, string CandidateRef)> proposals, CancellationToken cancellationToken);

    /// <summary>
    /// The HTML or CSV of the generation with <paramref name="reference"/>, or null when no generation has it or a later
    /// generation of its party and week (different data) replaced it.
    /// </summary>
    Task<string?> RenderingAsync(string reference, WeekdateFileFormat format, CancellationToken cancellationToken);

    /// <summary>The column of table weekdate_renderings that holds <paramref name="format"/>, in both stores.</summary>
    internal static string RenderingColumn(WeekdateFileFormat format) => format == WeekdateFileFormat.Html ? "html" : "csv";

    /// <summary>
    /// Removes the renderings of every week before <paramref name="week"/> (the generations, snapshots and proposals
    /// stay: they hold no profile contents); returns how many lists' files were removed.
    /// </summary>
    Task<int> PurgeRenderingsBeforeAsync(IsoWeek week, CancellationToken cancellationToken);

    Task<IReadOnlyList<WeekdateGeneration>> GenerationsAsync(string party, CancellationToken cancellationToken);

    /// <summary>The latest generation recorded with <paramref name="reference"/>, or null.</summary>
    Task<WeekdateGeneration?> GenerationAsync(string reference, CancellationToken cancellationToken);

    /// <summary>The latest generation of a party's week (whose renderings the ledger keeps), or null.</summary>
    Task<WeekdateGeneration?> LatestGenerationAsync(string party, IsoWeek week, CancellationToken cancellationToken);

    /// <summary>
    /// Claims the scheduled run of <paramref name="week"/> for <paramref name="party"/>: true for exactly one caller across
    /// replicas, unless that run was claimed more than <see cref="ScheduledRunLease"/> ago and never completed.
    /// </summary>
    Task<bool> ClaimScheduledRunAsync(string party, IsoWeek week, DateTimeOffset now, CancellationToken cancellationToken);

    Task CompleteScheduledRunAsync(string party, IsoWeek week, CancellationToken cancellationToken);
}
