using Matching.Domain.Outcomes;
using Matching.Domain.Scoring;

namespace Matching.Learning.Outcomes;

/// <summary>
/// The append-only record of match outcomes: a row is never updated or deleted, and an outcome id is stored once per
/// recording party. Also answers, from memory, what happened earlier between a candidate and an employer (a ranking feature).
/// </summary>
public interface IOutcomeStore
{
    /// <summary>
    /// Stores the outcome unless its id is known for the recording party (ids are scoped per party: one party's id
    /// never collides with another's); returns what is stored under the id and whether it was there before.
    /// </summary>
    Task<(MatchOutcome Stored, bool AlreadyRecorded)> AppendAsync(MatchOutcome outcome, CancellationToken cancellationToken);

    /// <summary>The outcome <paramref name="recordedBy"/> recorded under <paramref name="outcomeId"/>; another party's is not found.</summary>
    Task<MatchOutcome?> FindAsync(string recordedBy, string outcomeId, CancellationToken cancellationToken);

    Task<bool> HasOutcomeAsync(string vacancyId, string candidateRef, CancellationToken cancellationToken);

    Task<IReadOnlyList<MatchOutcome>> AllAsync(CancellationToken cancellationToken);

    /// <summary>The outcomes recorded for these vacancies (a fairness window), in the order <see cref="AllAsync"/> gives.</summary>
    Task<IReadOnlyList<MatchOutcome>> ForVacanciesAsync(IReadOnlyCollection<string> vacancyIds, CancellationToken cancellationToken);

    /// <summary>Earlier outcomes of this candidate with this employer (any vacancy).</summary>
    EmployerHistory HistoryOf(string candidateRef, string employer);
}
