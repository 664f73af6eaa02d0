namespace Matching.Weekdate;

/// <summary>A candidate proposed for a vacancy, by pseudonymous reference, with score and explanation chips.</summary>
public sealed record ProposedCandidate(string CandidateRef, string MunicipalityCode, double Score, IReadOnlyList<Chip> Chips);
