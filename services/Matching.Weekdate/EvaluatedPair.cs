using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Vacancies;

namespace Matching.Weekdate;

public sealed record EvaluatedPair(Vacancy Vacancy, CandidateProfile Candidate, EligibilityResult Eligibility);

/// <summary>A pair one fixable requirement away from a match: <paramref name="Key"/> groups what is missing.</summary>
public sealed record NearMiss(Vacancy Vacancy, CandidateProfile Candidate, string Key, string Missing, string Detail);
