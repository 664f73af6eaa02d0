using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Scoring;

/// <summary>Scores eligible candidates for a vacancy. The version travels with every ranking it produces.</summary>
public interface IRanker
{
    string Version { get; }

    ScoredCandidate Score(Vacancy vacancy, CandidateProfile candidate, EligibilityResult eligibility, double textRelevance, DateOnly today);

    /// <summary>
    /// Exactly <see cref="Score"/>'s score for an eligible candidate, without the explanation: ranking orders a whole
    /// window by it and explains only the top-k.
    /// </summary>
    double ScoreOf(Vacancy vacancy, CandidateProfile candidate, double textRelevance, DateOnly today);
}
