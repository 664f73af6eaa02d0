using Matching.Domain.Scoring;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Matching.Learning.Training;

/// <summary>Trains an ML.NET ranking model on labelled pairs grouped by vacancy (the group id is the vacancy, mapped to a key).</summary>
public static class RankingTrainer
{
    public static LearnedModel Train(IReadOnlyList<TrainingExample> train, RankingTrainerKind kind, int seed)
    {
        if (FeatureVector.Names.Count != 13) throw new InvalidOperationException("LearnedModel.ModelInput's vector size must match FeatureVector.Names.");
        var ml = new MLContext(seed);
        var rows = train.OrderBy(e => e.VacancyId, StringComparer.Ordinal).Select(e => new LearnedModel.ModelInput { Label = e.Label, Group = e.VacancyId, Features = FeatureVector.From(e.Features) });
        var data = ml.Data.LoadFromEnumerable(rows);
        var keyed = ml.Transforms.Conversion.MapValueToKey("GroupId", "Group").Fit(data).Transform(data);
        ITransformer model = kind switch
        {
            RankingTrainerKind.LightGbm => ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", RowGroupColumnName = "GroupId",
                NumberOfIterations = 150, LearningRate = 0.05, NumberOfLeaves = 15, MinimumExampleCountPerLeaf = 20, Seed = seed,
            }).Fit(keyed),
            _ => ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", RowGroupColumnName = "GroupId",
                NumberOfTrees = 150, LearningRate = 0.05, NumberOfLeaves = 15, MinimumExampleCountPerLeaf = 20,
            }).Fit(keyed),
        };
        return new LearnedModel(ml, model);
    }
}
