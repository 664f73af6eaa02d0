using System.Collections.Concurrent;
using Matching.Domain.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Matching.Learning.Training;

/// <summary>
/// A trained ML.NET ranking model over <see cref="FeatureVector"/>: scores a feature vector and, with ML.NET's feature
/// contribution calculation, says how much each feature pushed the score up or down. Thread-safe without a lock:
/// a prediction engine serves one caller at a time, so each caller borrows one from a pool (as many as callers at
/// once). Contributions cost a walk of every tree per feature; ranking asks for them only for the candidates shown
/// and scores the rest of the window with the plain model (<see cref="ScoreBatch"/>).
/// </summary>
public sealed class LearnedModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _explaining;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelOutput>> _explainers = [];
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ScoreOutput>> _scorers = [];

    public LearnedModel(MLContext ml, ITransformer model)
    {
        _ml = ml;
        Model = model;
        var scorer = (ISingleFeaturePredictionTransformer<ICalculateFeatureContribution>)model;
        var empty = ml.Data.LoadFromEnumerable(new List<ModelInput>());
        var contributions = ml.Transforms.CalculateFeatureContribution(scorer,
            numberOfPositiveContributions: FeatureVector.Names.Count, numberOfNegativeContributions: FeatureVector.Names.Count, normalize: false).Fit(empty);
        _explaining = model.Append(contributions);
        // One of each up front: a model that cannot build its engines fails when loaded, not on the first ranking.
        _explainers.Add(_ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(_explaining));
        _scorers.Add(_ml.Model.CreatePredictionEngine<ModelInput, ScoreOutput>(Model));
    }

    public ITransformer Model { get; }

    /// <summary>The score and each feature's contribution to it (for the candidates a ranking shows).</summary>
    public (float Score, float[] Contributions) Predict(float[] features)
    {
        var engine = _explainers.TryTake(out var pooled) ? pooled : _ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(_explaining);
        try
        {
            var output = engine.Predict(new ModelInput { Features = features });
            return (output.Score, output.FeatureContributions.ToArray());
        }
        finally
        {
            _explainers.Add(engine);
        }
    }

    /// <summary>The scores of many feature vectors (a ranking window) in their order, on one engine, without contributions.</summary>
    public float[] ScoreBatch(IReadOnlyList<float[]> vectors)
    {
        var engine = _scorers.TryTake(out var pooled) ? pooled : _ml.Model.CreatePredictionEngine<ModelInput, ScoreOutput>(Model);
        try
        {
            var scores = new float[vectors.Count];
            var input = new ModelInput();
            var output = new ScoreOutput();
            for (var i = 0; i < scores.Length; i++)
            {
                input.Features = vectors[i];
                engine.Predict(input, ref output);
                scores[i] = output.Score;
            }
            return scores;
        }
        finally
        {
            _scorers.Add(engine);
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
        [VectorType(14)]
        public float[] Features { get; set; } = [];
    }

    /// <summary>The model's output when only the score is wanted.</summary>
    public sealed class ScoreOutput
    {
        public float Score { get; set; }
    }

    public sealed class ModelOutput
    {
        public float Score { get; set; }
        public float[] FeatureContributions { get; set; } = [];
    }
}
