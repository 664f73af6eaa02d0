using Microsoft.ML;
using Microsoft.ML.Data;

namespace Matching.Learning.Training;

/// <summary>
/// NDCG@5 and @10 with ML.NET's ranking evaluator, for any scores of the same pairs, so the learned model and the
/// transparent scorer are measured the same way. Vacancies whose pairs all share one label are left out: every order
/// is equally good there, so they tell rankers apart not at all.
/// </summary>
public static class RankingEvaluator
{
    public static RankingMetrics Evaluate(IReadOnlyList<TrainingExample> examples, IReadOnlyList<double> scores)
    {
        var rows = examples.Select((e, i) => new Row { Label = e.Label, Group = e.VacancyId, Score = (float)scores[i] })
            .GroupBy(r => r.Group).Where(g => g.Select(r => r.Label).Distinct().Count() > 1).SelectMany(g => g).ToList();
        var vacancies = rows.Select(r => r.Group).Distinct().Count();
        if (vacancies == 0) return new RankingMetrics(0, 0, 0, 0);
        var ml = new MLContext(0);
        var data = ml.Data.LoadFromEnumerable(rows);
        var keyed = ml.Transforms.Conversion.MapValueToKey("GroupId", "Group").Fit(data).Transform(data);
        var metrics = ml.Ranking.Evaluate(keyed, new RankingEvaluatorOptions { DcgTruncationLevel = 10 }, "Label", "GroupId", "Score");
        return new RankingMetrics(metrics.NormalizedDiscountedCumulativeGains[4], metrics.NormalizedDiscountedCumulativeGains[9], vacancies, rows.Count);
    }

    private sealed class Row
    {
        public float Label { get; set; }
        public string Group { get; set; } = "";
        public float Score { get; set; }
    }
}
