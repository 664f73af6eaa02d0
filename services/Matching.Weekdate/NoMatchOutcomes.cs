namespace Matching.Weekdate;

/// <summary>Stands in until an outcome store is registered: nothing has an outcome, so every proposal needs follow-up.</summary>
public sealed class NoMatchOutcomes : IMatchOutcomeLookup
{
    public Task<bool> HasOutcomeAsync(string vacancyId, string candidateRef, CancellationToken cancellationToken) => Task.FromResult(false);
}
