using Matching.Weekdate;

namespace Matching.Learning.Outcomes;

/// <summary>The weekdate's follow-up section asks whether anything was recorded for a proposal; the outcome store knows.</summary>
public sealed class RecordedOutcomeLookup(IOutcomeStore store) : IMatchOutcomeLookup
{
    public Task<bool> HasOutcomeAsync(string vacancyId, string candidateRef, CancellationToken cancellationToken) =>
        store.HasOutcomeAsync(vacancyId, candidateRef, cancellationToken);
}
