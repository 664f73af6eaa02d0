using Matching.DemoData;
using Matching.Domain.Eligibility;
using Matching.Domain.Scoring;
using Matching.Learning.Models;
using Matching.Learning.Outcomes;
using Matching.Learning.Training;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matching.Learning.Tests;

/// <summary>
/// Ranking scores the whole window as one batch and explains only the top; many rankings share one model at once;
/// and a ranking keeps the model it started with when another is promoted meanwhile.
/// </summary>
public sealed class Ranking_a_window_with_a_learned_model(SyntheticWorld world) : IClassFixture<SyntheticWorld>, IDisposable
{
    private static readonly EligibilityResult Eligible = new([new RequirementCheck(Requirement.Active, true, "actief werkzoekend")]);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"matching-learned-window-{Guid.NewGuid():N}");
    private readonly DemoDataGenerator _generator = new(5);

    [Fact]
    public void The_window_scored_as_one_batch_orders_exactly_as_each_candidate_scored_and_explained()
    {
        var ranker = Ranker();
        var vacancy = DemoProfiles.Vacancies(_generator, 1)[0];
        var window = Window(150);

        var batch = ranker.ScoresOf(vacancy, window, _generator.ReferenceDate);

        Assert.Equal(window.Count, batch.Count);
        Assert.True(batch.Distinct().Count() > 10, "the model tells the candidates apart");
        for (var i = 0; i < window.Count; i++)
        {
            Assert.Equal(ranker.ScoreOf(vacancy, window[i].Candidate, window[i].TextRelevance, _generator.ReferenceDate), batch[i]);
            Assert.Equal(ranker.Score(vacancy, window[i].Candidate, Eligible, window[i].TextRelevance, _generator.ReferenceDate).Score, batch[i]);
        }
    }

    [Fact]
    public async Task Concurrent_rankings_get_the_scores_and_contributions_of_one_ranking_at_a_time()
    {
        var ranker = Ranker();
        var vacancy = DemoProfiles.Vacancies(_generator, 1)[0];
        var window = Window(100);
        var alone = ranker.ScoresOf(vacancy, window, _generator.ReferenceDate);
        var explained = ranker.Score(vacancy, window[0].Candidate, Eligible, window[0].TextRelevance, _generator.ReferenceDate);

        var together = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            (Scores: ranker.ScoresOf(vacancy, window, _generator.ReferenceDate),
             Explained: ranker.Score(vacancy, window[0].Candidate, Eligible, window[0].TextRelevance, _generator.ReferenceDate)))));

        Assert.All(together, t => Assert.Equal(alone, t.Scores));
        Assert.All(together, t => Assert.Equal(explained.Explanation.Contributions.Select(c => c.Points), t.Explained.Explanation.Contributions.Select(c => c.Points)));
    }

    [Fact]
    public void A_ranking_keeps_the_ranker_it_started_with_when_a_model_is_promoted_meanwhile()
    {
        var registry = new ModelRegistry(Path.Combine(_folder, "models"));
        var options = Options.Create(new LearningOptions { DataDirectory = _folder, ModelsDirectory = registry.Directory });
        var selector = new RankerSelector(new TransparentScorer(), registry, new SqliteOutcomeStore(Path.Combine(_folder, "outcomes.db")),
            options, TimeProvider.System, NullLogger<RankerSelector>.Instance);
        var vacancy = DemoProfiles.Vacancies(_generator, 1)[0];
        var candidate = Window(1)[0].Candidate;

        var started = selector.ForOneRanking();
        registry.Save(Train(), Metadata("learned-promoted-meanwhile"));
        selector.Refresh(force: true);
        var next = selector.ForOneRanking();

        Assert.Equal(TransparentScorer.RankerVersion, started.Version);
        Assert.Equal(new TransparentScorer().ScoreOf(vacancy, candidate, 0.5, _generator.ReferenceDate), started.ScoreOf(vacancy, candidate, 0.5, _generator.ReferenceDate));
        Assert.DoesNotContain("geleerd model", started.Score(vacancy, candidate, Eligible, 0.5, _generator.ReferenceDate).Explanation.Summary);
        Assert.Equal("learned-promoted-meanwhile", next.Version);
        Assert.Contains("geleerd model learned-promoted-meanwhile", next.Score(vacancy, candidate, Eligible, 0.5, _generator.ReferenceDate).Explanation.Summary);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private LearnedRanker Ranker() => new(Train(), Metadata("learned-window"), new TransparentScorer(), outcomes: null);

    private LearnedModel Train() => RankingTrainer.Train(world.Examples, RankingTrainerKind.FastTree, seed: 4);

    private List<WindowCandidate> Window(int size) =>
        DemoProfiles.Candidates(_generator, size).Select((c, i) => new WindowCandidate(c, i % 7 / 7.0)).ToList();

    private static ModelMetadata Metadata(string version) => new(version, RankingTrainerKind.FastTree, DateTimeOffset.UnixEpoch,
        FeatureVector.SchemaVersion, FeatureVector.Names, new RankingMetrics(0, 0, 0, 0), TransparentScorer.RankerVersion,
        new RankingMetrics(0, 0, 0, 0), 1, 1, SyntheticData: true, Promoted: true, PromotionReason: "test");
}
