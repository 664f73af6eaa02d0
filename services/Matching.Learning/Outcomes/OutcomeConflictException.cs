namespace Matching.Learning.Outcomes;

/// <summary>An outcome id was recorded before with different content: the client reused an id.</summary>
public sealed class OutcomeConflictException(string outcomeId)
    : Exception($"Outcome '{outcomeId}' was recorded before with different content; use a new outcome id.")
{
    public string OutcomeId { get; } = outcomeId;
}
