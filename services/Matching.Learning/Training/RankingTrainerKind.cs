namespace Matching.Learning.Training;

/// <summary>The ML.NET ranking trainers: LightGBM's LambdaRank and FastTree (LambdaMART).</summary>
public enum RankingTrainerKind
{
    LightGbm,
    FastTree,
}
