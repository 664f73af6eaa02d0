namespace Matching.Learning.Training;

/// <summary>One ranker's result on the held-out vacancies.</summary>
public sealed record ComparisonRow(string Ranker, RankingMetrics Metrics, string? Note = null);
