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

    /// <summary>
    /// <see cref="ScoreOf"/> for every candidate of a ranking window, in the window's order. A learned model predicts
    /// the window as one batch instead of one call per candidate.
    /// </summary>
    IReadOnlyList<double> ScoresOf(Vacancy vacancy, IReadOnlyList<WindowCandidate> window, DateOnly today)
    {
        var scores = new double[window.Count];
        for (var i = 0; i < scores.Length; i++) scores[i] = ScoreOf(vacancy, window[i].Candidate, window[i].TextRelevance, today);
        return scores;
    }

    /// <summary>
    /// The ranker one ranking uses from its first score to its logged version. A ranker that can change while it
    /// serves (a newly promoted model) hands out the one in force now, so a ranking's order, explanations and logged
    /// version always come from the same model.
    /// </summary>
    IRanker ForOneRanking() => this;
}

/// <summary>An eligible candidate of a ranking window and its text relevance to the vacancy.</summary>
public readonly record struct WindowCandidate(CandidateProfile Candidate, double TextRelevance);
