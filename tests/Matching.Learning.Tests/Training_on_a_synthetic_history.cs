using Matching.Learning;
using Matching.Learning.Models;
using Matching.Learning.Training;
using Matching.Domain.Scoring;

namespace Matching.Learning.Tests;

/// <summary>
/// The learned ranker against the transparent scorer on vacancies it never saw. The history is synthetic (a hidden
/// utility that weighs hours, travel, recent activity and employer history differently from the scorer); the
/// figures test the machinery, they are not real-world quality.
/// </summary>
public sealed class Training_on_a_synthetic_history(SyntheticWorld world) : IClassFixture<SyntheticWorld>
{
    [Fact]
    public void Split_never_puts_one_vacancy_on_both_sides()
    {
        var (train, test) = VacancySplit.Split(world.Examples, 0.25, seed: 3);
        Assert.NotEmpty(train);
        Assert.NotEmpty(test);
        Assert.Empty(train.Select(e => e.VacancyId).Intersect(test.Select(e => e.VacancyId)));
        Assert.Equal(world.Examples.Count, train.Count + test.Count);
        Assert.Equal(test.Select(e => e.VacancyId).ToHashSet(), VacancySplit.Split(world.Examples, 0.25, seed: 3).Test.Select(e => e.VacancyId).ToHashSet());
    }

    [Theory]
    [InlineData(RankingTrainerKind.LightGbm)]
    [InlineData(RankingTrainerKind.FastTree)]
    public void Learned_model_recovers_the_hidden_preference_better_than_the_transparent_scorer(RankingTrainerKind kind)
    {
        var (train, test) = VacancySplit.Split(world.Examples, 0.3, seed: 5);
        var model = RankingTrainer.Train(train, kind, seed: 5);
        var learned = model.Score(test.Select(e => FeatureVector.From(e.Features)).ToList()).Select(s => (double)s).ToList();
        var transparent = test.Select(e => TransparentScorer.Points(e.Features)).ToList();

        var observedLearned = RankingEvaluator.Evaluate(test, learned);
        var observedScorer = RankingEvaluator.Evaluate(test, transparent);
        Assert.True(observedLearned.Ndcg10 > observedScorer.Ndcg10, $"observed labels: learned {observedLearned} vs scorer {observedScorer}");

        var hidden = test.Select(e => e with { Label = world.History.HiddenGrades[(e.VacancyId, e.CandidateRef)] }).ToList();
        var hiddenLearned = RankingEvaluator.Evaluate(hidden, learned);
        var hiddenScorer = RankingEvaluator.Evaluate(hidden, transparent);
        Assert.True(hiddenLearned.Ndcg10 > hiddenScorer.Ndcg10 + 0.03, $"hidden grades: learned {hiddenLearned} vs scorer {hiddenScorer}");
    }

    [Fact]
    public void A_run_saves_a_versioned_model_with_metrics_and_schema_and_the_selector_picks_it_up()
    {
        var models = Path.Combine(Path.GetTempPath(), "models-" + Guid.NewGuid().ToString("N"));
        try
        {
            var registry = new ModelRegistry(models);
            var options = new LearningOptions { MinVacancies = 50, MinLabelledPairs = 500 };
            var report = TrainingRun.Run(world.Examples, options, registry, syntheticData: true, DateTimeOffset.UnixEpoch);
            Assert.True(report.Decision.Promote, report.ToTable());
            Assert.Contains("SYNTHETIC", report.ToTable());
            var metadata = registry.Current()!;
            Assert.Equal(report.CandidateVersion, metadata.Version);
            Assert.Equal(FeatureVector.SchemaVersion, metadata.FeatureSchema);
            Assert.Equal(FeatureVector.Names, metadata.FeatureNames);
            Assert.True(metadata.SyntheticData);
            Assert.True(File.Exists(Path.Combine(models, metadata.Version, "model.zip")));
        }
        finally
        {
            if (Directory.Exists(models)) Directory.Delete(models, recursive: true);
        }
    }

    [Fact]
    public void A_model_file_scores_the_same_after_a_round_trip()
    {
        var model = RankingTrainer.Train(world.Examples.Take(1500).ToList(), RankingTrainerKind.FastTree, seed: 1);
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".zip");
        try
        {
            model.Save(path);
            var loaded = LearnedModel.Load(path);
            var vectors = world.Examples.Skip(1500).Take(50).Select(e => FeatureVector.From(e.Features)).ToList();
            Assert.Equal(model.Score(vectors), loaded.Score(vectors));
            Assert.Equal(model.Predict(vectors[0]).Score, loaded.Predict(vectors[0]).Score, 4);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
