using Matching.Domain.Candidates;
using Matching.Domain.Vacancies;

namespace Matching.Weekdate;

/// <summary>A pair that meets every requirement of the eligibility rules.</summary>
public sealed record EvaluatedPair(Vacancy Vacancy, CandidateProfile Candidate);

/// <summary>A pair one fixable requirement away from a match: <paramref name="Key"/> groups what is missing.</summary>
public sealed record NearMiss(Vacancy Vacancy, CandidateProfile Candidate, string Key, string Missing, string Detail);
