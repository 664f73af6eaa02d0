using Matching.Domain.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Matching.Learning.Training;

/// <summary>
/// A trained ML.NET ranking model over <see cref="FeatureVector"/>: scores a feature vector and, with ML.NET's feature
/// contribution calculation, says how much each feature pushed the score up or down. Thread-safe (one engine, locked).
/// </summary>
public sealed class LearnedModel
{
    private readonly MLContext _ml;
    private readonly object _gate = new();
    private readonly PredictionEngine<ModelInput, ModelOutput> _engine;

    public LearnedModel(MLContext ml, ITransformer model)
    {
        _ml = ml;
        Model = model;
        var scorer = (ISingleFeaturePredictionTransformer<ICalculateFeatureContribution>)model;
        var empty = ml.Data.LoadFromEnumerable(new List<ModelInput>());
        var contributions = ml.Transforms.CalculateFeatureContribution(scorer,
            numberOfPositiveContributions: FeatureVector.Names.Count, numberOfNegativeContributions: FeatureVector.Names.Count, normalize: false).Fit(empty);
        _engine = ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model.Append(contributions));
    }

    public ITransformer Model { get; }

    public (float Score, float[] Contributions) Predict(float[] features)
    {
        lock (_gate)
        {
            var output = _engine.Predict(new ModelInput { Features = features });
            return (output.Score, output.FeatureContributions.ToArray());
        }
    }

    public float[] Score(IReadOnlyList<float[]> vectors)
    {
        var data = _ml.Data.LoadFromEnumerable(vectors.Select(v => new ModelInput { Features = v }));
        return Model.Transform(data).GetColumn<float>("Score").ToArray();
    }

    public void Save(string path)
    {
        var schema = _ml.Data.LoadFromEnumerable(new List<ModelInput>()).Schema;
        _ml.Model.Save(Model, schema, path);
    }

    public static LearnedModel Load(string path, int seed = 0)
    {
        var ml = new MLContext(seed);
        return new LearnedModel(ml, ml.Model.Load(path, out _));
    }

    /// <summary>The row ML.NET reads: the feature vector, and for training the label and the vacancy as group.</summary>
    public sealed class ModelInput
    {
        public float Label { get; set; }
        public string Group { get; set; } = "";
        [VectorType(13)]
        public float[] Features { get; set; } = [];
    }

    public sealed class ModelOutput
    {
        public float Score { get; set; }
        public float[] FeatureContributions { get; set; } = [];
    }
}
