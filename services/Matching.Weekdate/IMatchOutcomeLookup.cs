namespace Matching.Weekdate;

/// <summary>Whether an outcome (contacted, interviewed, placed, rejected…) is recorded for a proposed match.</summary>
public interface IMatchOutcomeLookup
{
    Task<bool> HasOutcomeAsync(string vacancyId, string candidateRef, CancellationToken cancellationToken);
}
