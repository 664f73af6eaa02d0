using Matching.Contracts;

namespace Matching.Ranking.Ledger;

/// <summary>
/// The matching service's durable memory: which match lists were generated for which vacancy event, and which
/// (vacancy, candidate) pairs were announced. It is what makes the event consumers idempotent: a redelivered or
/// duplicated event finds its result here and changes nothing twice, also when another replica consumed it.
/// </summary>
public interface IMatchLedger
{
    Task<CandidatesMatched?> FindMatchListAsync(string sourceKey, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a generated list and marks its candidates as announced for the vacancy, in one transaction, unless a list
    /// is stored for <paramref name="sourceKey"/> already (another replica was first): then that list is returned and
    /// nothing changes. Saved is true when this call stored the list.
    /// </summary>
    Task<(CandidatesMatched Stored, bool Saved)> SaveMatchListAsync(string sourceKey, CandidatesMatched list, CancellationToken cancellationToken);

    Task<int> CountMatchListsAsync(string vacancyId, CancellationToken cancellationToken);

    /// <summary>
    /// Records a pair about to be announced. Returns the announcement to publish when the pair is new or an earlier
    /// attempt did not finish; null when it was announced before.
    /// </summary>
    Task<CandidateNewlyMatched?> ClaimPairAsync(CandidateNewlyMatched announcement, CancellationToken cancellationToken);

    Task MarkAnnouncedAsync(string vacancyId, string candidateRef, CancellationToken cancellationToken);
}
