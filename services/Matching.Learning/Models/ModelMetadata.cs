using Matching.Learning.Training;

namespace Matching.Learning.Models;

/// <summary>Everything needed to judge and reload a model: its metrics against the ranker it competed with, the feature schema and the data it saw.</summary>
public sealed record ModelMetadata(
    string Version,
    RankingTrainerKind Trainer,
    DateTimeOffset TrainedAt,
    string FeatureSchema,
    IReadOnlyList<string> FeatureNames,
    RankingMetrics Metrics,
    string ComparedWith,
    RankingMetrics ComparedMetrics,
    int TrainVacancies,
    int TrainPairs,
    bool SyntheticData,
    bool Promoted,
    string PromotionReason);
