namespace Matching.Ranking.Audit;

/// <summary>
/// Append-only record of every ranking, list and outcome that showed candidate references (AVG: log who saw what;
/// EU AI Act: log automated ranking) and every full-profile read. Rows are only ever inserted; the one removal is
/// the retention purge of rows older than the configured period, which the store refuses below six months.
/// A citizen's question "who saw my profile?" is <see cref="ForCandidateAsync"/>.
/// </summary>
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Whether <paramref name="candidateRef"/> was shown to one of <paramref name="parties"/> for <paramref name="vacancyId"/>
    /// (in a ranking or match list of that vacancy, over the API or on the workbench, or on a weekdate list, which pairs
    /// candidates with many vacancies).
    /// </summary>
    Task<bool> WasShownAsync(IReadOnlyCollection<string> parties, string vacancyId, string candidateRef, CancellationToken cancellationToken);

    /// <summary>
    /// Records <paramref name="entry"/> unless an entry of the same party, client, action and vacancy at the same moment
    /// (to the millisecond) naming each of its candidates is there; true when it recorded. Atomic: replicas handling one
    /// event at once, or a redelivery after a crash, audit a stored list or a profile read once.
    /// </summary>
    Task<bool> RecordOnceAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Every recorded access that showed <paramref name="candidateRef"/>, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ForCandidateAsync(string candidateRef, CancellationToken cancellationToken);

    /// <summary>
    /// Removes entries recorded before <paramref name="cutoff"/> (retention); refuses a cutoff less than six months ago.
    /// Returns how many entries were removed.
    /// </summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
