using System.Globalization;

namespace Matching.Learning.Training;

/// <summary>
/// A model replaces the current ranker only when it was trained on enough data and beats the current ranker on the
/// same held-out vacancies by the configured margin (NDCG@10). Otherwise the current ranker stays.
/// </summary>
public static class PromotionGate
{
    public static PromotionDecision Decide(RankingMetrics candidate, RankingMetrics current, int labelledVacancies, int labelledPairs, LearningOptions options)
    {
        if (labelledVacancies < options.MinVacancies)
            return new(false, $"too little data: {labelledVacancies} vacancies with outcomes, at least {options.MinVacancies} needed");
        if (labelledPairs < options.MinLabelledPairs)
            return new(false, $"too little data: {labelledPairs} labelled pairs, at least {options.MinLabelledPairs} needed");
        var gain = candidate.Ndcg10 - current.Ndcg10;
        var text = string.Create(CultureInfo.InvariantCulture, $"NDCG@10 {candidate.Ndcg10:0.000} vs {current.Ndcg10:0.000} (margin {options.PromotionMargin:0.000})");
        return gain >= options.PromotionMargin ? new(true, "promoted: " + text) : new(false, "not better by the margin: " + text);
    }
}
