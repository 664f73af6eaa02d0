using Matching.DemoData;
using Matching.Domain.Scoring;
using Matching.Learning.Models;
using Matching.Learning.Synthetic;
using Matching.Learning.Training;

namespace Matching.Benchmarks;

/// <summary>
/// A learned model promoted into a models folder, as `make train` leaves one: FastTree (managed, so it trains on any
/// machine) on a synthetic history of demo vacancies and candidates. What it ranks like does not matter here; what
/// a ranking with a model costs does.
/// </summary>
public static class PromotedModel
{
    public static ModelMetadata WriteTo(string modelsDirectory, int seed)
    {
        var generator = new DemoDataGenerator(seed);
        var history = new SyntheticHistoryGenerator(seed).Generate(
            DemoProfiles.Vacancies(generator, 120), DemoProfiles.Candidates(generator, 600), generator.ReferenceDate);
        var examples = TrainingSetBuilder.Build(history.Impressions, history.Outcomes);
        var model = RankingTrainer.Train(examples, RankingTrainerKind.FastTree, seed);
        var none = new RankingMetrics(0, 0, 0, 0);
        var metadata = new ModelMetadata($"learned-fasttree-bench-{seed}", RankingTrainerKind.FastTree, DateTimeOffset.UtcNow,
            FeatureVector.SchemaVersion, FeatureVector.Names, none, TransparentScorer.RankerVersion, none,
            examples.Select(e => e.VacancyId).Distinct().Count(), examples.Count, SyntheticData: true, Promoted: true,
            PromotionReason: "promoted by the benchmark to measure ranking with a learned model");
        new ModelRegistry(modelsDirectory).Save(model, metadata);
        return metadata;
    }
}
