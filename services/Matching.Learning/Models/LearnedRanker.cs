using Matching.Learning.Outcomes;
using Matching.Learning.Training;
using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;

namespace Matching.Learning.Models;

/// <summary>
/// Ranks with a promoted ML.NET model. The model sees only <see cref="FeatureVector"/> (the one feature extractor);
/// the score is the model output squashed to 0-100 (same order); the explanation keeps the requirements met and
/// missing and replaces the points by the model's feature contributions, with the same reasons.
/// </summary>
public sealed class LearnedRanker(LearnedModel model, ModelMetadata metadata, TransparentScorer transparent, IOutcomeStore? outcomes) : IRanker
{
    public string Version => metadata.Version;

    public ModelMetadata Metadata => metadata;

    public ScoredCandidate Score(Vacancy vacancy, CandidateProfile candidate, EligibilityResult eligibility, double textRelevance, DateOnly today)
    {
        var history = outcomes?.HistoryOf(candidate.Reference, vacancy.Employer) ?? EmployerHistory.None;
        var baseline = transparent.Score(vacancy, candidate, eligibility, textRelevance, today);
        var features = FeatureExtractor.Extract(vacancy, candidate, textRelevance, today, history);
        var (raw, contributions) = model.Predict(FeatureVector.From(features));
        var score = Squash(raw);
        var reasons = ContributionReasons.From(vacancy, candidate, features, contributions, baseline.Explanation.Contributions, history);
        var explanation = baseline.Explanation with { Summary = ContributionReasons.Summary(score, Version, reasons), Contributions = reasons };
        return new ScoredCandidate(candidate, score, features, explanation);
    }

    public double ScoreOf(Vacancy vacancy, CandidateProfile candidate, double textRelevance, DateOnly today) =>
        Squash(model.ScoreBatch([Features(vacancy, OccupationFit.ForVacancy(vacancy), candidate, textRelevance, today)])[0]);

    /// <summary>The window's feature vectors predicted as one batch, without contributions.</summary>
    public IReadOnlyList<double> ScoresOf(Vacancy vacancy, IReadOnlyList<WindowCandidate> window, DateOnly today)
    {
        var occupation = OccupationFit.ForVacancy(vacancy);
        var vectors = new float[window.Count][];
        for (var i = 0; i < vectors.Length; i++) vectors[i] = Features(vacancy, occupation, window[i].Candidate, window[i].TextRelevance, today);
        var raw = model.ScoreBatch(vectors);
        var scores = new double[raw.Length];
        for (var i = 0; i < scores.Length; i++) scores[i] = Squash(raw[i]);
        return scores;
    }

    private float[] Features(Vacancy vacancy, VacancyOccupationFit occupation, CandidateProfile candidate, double textRelevance, DateOnly today)
    {
        var history = outcomes?.HistoryOf(candidate.Reference, vacancy.Employer) ?? EmployerHistory.None;
        return FeatureVector.From(FeatureExtractor.Extract(vacancy, candidate, textRelevance, today, occupation.Of(candidate, today), history));
    }

    /// <summary>The model's raw output on 0-100, order kept.</summary>
    private static double Squash(double raw) => Math.Round(100 / (1 + Math.Exp(-raw)), 4);
}
