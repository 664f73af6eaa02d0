using System.Globalization;
using System.Text;

namespace Matching.Learning.Training;

/// <summary>What a training run did: every ranker on the same held-out vacancies, and whether a model was promoted.</summary>
public sealed record TrainingReport(
    IReadOnlyList<ComparisonRow> Rows,
    PromotionDecision Decision,
    string? CandidateVersion,
    bool SyntheticData,
    int LabelledVacancies,
    int LabelledPairs,
    int TrainVacancies,
    int TestVacancies)
{
    public string ToTable()
    {
        var text = new StringBuilder();
        if (SyntheticData)
            text.AppendLine("*** SYNTHETIC HISTORY: generated outcomes, not real placements. These figures say nothing about real-world quality. ***");
        text.AppendLine(Invariant($"labelled: {LabelledVacancies} vacancies, {LabelledPairs} pairs; split by vacancy: {TrainVacancies} train / {TestVacancies} held out"));
        text.AppendLine(Invariant($"{"ranker",-36} | {"NDCG@5",6} | {"NDCG@10",7} | {"vacancies",9} | {"pairs",6}"));
        text.AppendLine(new string('-', 36) + "-|--------|---------|-----------|-------");
        foreach (var row in Rows)
            text.AppendLine(Invariant($"{row.Ranker,-36} | {row.Metrics.Ndcg5,6:0.000} | {row.Metrics.Ndcg10,7:0.000} | {row.Metrics.Vacancies,9} | {row.Metrics.Pairs,6}")
                            + (row.Note is null ? "" : "  " + row.Note));
        text.AppendLine((Decision.Promote ? $"PROMOTED {CandidateVersion}: " : "not promoted, the current ranker stays: ") + Decision.Reason);
        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
