using Matching.Domain.Scoring;
using Matching.Learning.Models;
using Matching.Learning.Training;

namespace Matching.Storage.Tests;

public abstract partial class StoreConformanceTests
{
    /// <summary>A small ranking model: 20 vacancies × 24 candidates, the nearer the better (grades 0-3).</summary>
    private static readonly Lazy<LearnedModel> SmallModel = new(() =>
    {
        var random = new Random(7);
        var examples = new List<TrainingExample>();
        for (var v = 0; v < 20; v++)
            for (var c = 0; c < 24; c++)
            {
                var km = random.NextDouble() * 30;
                var features = new MatchFeatures(random.NextDouble(), random.Next(0, 8), random.NextDouble(), 1, km, 1 - km / 30, 1, 1, 1, 0.5, 1);
                examples.Add(new TrainingExample($"VAC-{v}", $"DAL-{c}", features, km < 5 ? 3 : km < 10 ? 2 : km < 20 ? 1 : 0, c + 1));
            }
        return RankingTrainer.Train(examples, RankingTrainerKind.FastTree, seed: 3);
    });

    private static ModelMetadata Trained(string version, bool promoted, int day) => new(
        version, RankingTrainerKind.FastTree, At(day), FeatureVector.SchemaVersion, FeatureVector.Names,
        new RankingMetrics(0.8, 0.9, 5, 120), "transparent", new RankingMetrics(0.7, 0.8, 5, 120), 20, 480, SyntheticData: false, promoted,
        promoted ? "better than the current ranker" : "not better");

    [SkippableFact]
    public void A_promoted_model_is_what_every_replica_loads_and_scores_the_same()
    {
        var trainer = Open().Models();
        var replica = World.Models();
        var stampBefore = replica.CurrentStamp();

        trainer.Save(SmallModel.Value, Trained("m-1", promoted: true, day: 1));
        trainer.Save(SmallModel.Value, Trained("m-2", promoted: false, day: 2));

        Assert.NotEqual(stampBefore, replica.CurrentStamp());
        var (loaded, metadata) = replica.LoadCurrent()!.Value;
        Assert.Equal("m-1", metadata.Version);
        var near = FeatureVector.From(new MatchFeatures(0.5, 2, 0.5, 1, 2, 0.93, 1, 1, 1, 0.5, 1));
        var far = FeatureVector.From(new MatchFeatures(0.5, 2, 0.5, 1, 28, 0.07, 1, 1, 1, 0.5, 1));
        Assert.Equal(SmallModel.Value.Score([near, far]), loaded.Score([near, far]));
        Assert.Equal(["m-1", "m-2"], replica.All().Select(m => m.Version));
        Assert.False(replica.Metadata("m-2")!.Promoted);
    }

    [SkippableFact]
    public void Promoting_another_version_changes_the_stamp_and_what_is_loaded()
    {
        var models = Open().Models();
        models.Save(SmallModel.Value, Trained("m-1", promoted: true, day: 1));
        var stamp = World.Models().CurrentStamp();

        models.Save(SmallModel.Value, Trained("m-2", promoted: true, day: 2));

        Assert.NotEqual(stamp, World.Models().CurrentStamp());
        Assert.Equal("m-2", World.Models().Current()!.Version);
        Assert.Equal("m-2", World.Models().LoadCurrent()!.Value.Metadata.Version);
    }

    [SkippableFact]
    public void Without_a_promotion_there_is_no_current_model()
    {
        var models = Open().Models();
        models.Save(SmallModel.Value, Trained("m-1", promoted: false, day: 1));

        Assert.Null(World.Models().Current());
        Assert.Null(World.Models().LoadCurrent());
        Assert.Equal("", World.Models().CurrentStamp());
    }
}
