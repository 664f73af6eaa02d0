using Matching.Learning.Models;
using Matching.Learning.Training;
using Matching.Domain.Eligibility;
using Matching.Domain.Scoring;

namespace Matching.Learning.Tests;

public sealed class Explaining_a_learned_ranking(SyntheticWorld world) : IClassFixture<SyntheticWorld>
{
    [Fact]
    public void Feature_contributions_become_the_same_reasons_as_the_transparent_scorer_gives()
    {
        var model = RankingTrainer.Train(world.Examples, RankingTrainerKind.LightGbm, seed: 2);
        var metadata = new ModelMetadata("learned-test", RankingTrainerKind.LightGbm, DateTimeOffset.UnixEpoch, FeatureVector.SchemaVersion,
            FeatureVector.Names, new RankingMetrics(0, 0, 0, 0), "transparent-v1", new RankingMetrics(0, 0, 0, 0), 1, 1, true, true, "test");
        var transparent = new TransparentScorer();
        var ranker = new LearnedRanker(model, metadata, transparent, outcomes: null);
        var eligibility = new EligibilityResult([new RequirementCheck(Requirement.Active, true, "actief werkzoekend")]);

        var scored = ranker.Score(Builders.Vacancy(), Builders.Candidate(), eligibility, 0.8, Builders.Today);
        var baseline = transparent.Score(Builders.Vacancy(), Builders.Candidate(), eligibility, 0.8, Builders.Today);

        Assert.Equal("learned-test", ranker.Version);
        Assert.InRange(scored.Score, 0, 100);
        Assert.Equal(FeatureVector.Names.Order(), scored.Explanation.Contributions.Select(c => c.Factor).Order());
        Assert.Equal(baseline.Explanation.Contributions.Single(c => c.Factor == "ervaring_branche").Reason,
            scored.Explanation.Contributions.Single(c => c.Factor == "ervaring_branche").Reason);
        Assert.Contains("geleerd model learned-test", scored.Explanation.Summary);
        Assert.Contains(scored.Explanation.Contributions, c => c.Points != 0);
        Assert.Equal(baseline.Explanation.Met, scored.Explanation.Met);
        Assert.Equal(baseline.Explanation.Missing, scored.Explanation.Missing);
        var (raw, contributions) = model.Predict(FeatureVector.From(scored.Features));
        Assert.Equal(Math.Round(100 / (1 + Math.Exp(-raw)), 4), scored.Score);
        Assert.Equal(FeatureVector.Names.Count, contributions.Length);
    }

    [Fact]
    public void The_transparent_score_can_be_recomputed_from_the_logged_features()
    {
        var scored = new TransparentScorer().Score(Builders.Vacancy(), Builders.Candidate(), new EligibilityResult([]), 0.37, Builders.Today);
        Assert.Equal(scored.Score, TransparentScorer.Points(scored.Features), tolerance: 0.01);
    }
}
