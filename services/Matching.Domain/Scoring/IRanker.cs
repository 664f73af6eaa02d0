using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Scoring;

/// <summary>Scores eligible candidates for a vacancy. The version travels with every ranking it produces.</summary>
public interface IRanker
{
    string Version { get; }

    ScoredCandidate Score(Vacancy vacancy, CandidateProfile candidate, EligibilityResult eligibility, double textRelevance, DateOnly today);
}
