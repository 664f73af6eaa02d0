using Matching.Learning.Models;
using Matching.Domain.Scoring;

namespace Matching.Learning.Training;

/// <summary>
/// One training run: split by vacancy, train LightGBM (LambdaRank) and FastTree, evaluate them, the transparent
/// scorer and the current ranker on the same held-out vacancies, save the better model as a new version and promote
/// it only through <see cref="PromotionGate"/>.
/// </summary>
public static class TrainingRun
{
    public static TrainingReport Run(IReadOnlyList<TrainingExample> examples, LearningOptions options, IModelRegistry registry,
        bool syntheticData, DateTimeOffset now, TextWriter? log = null)
    {
        var vacancies = examples.Select(e => e.VacancyId).Distinct().Count();
        var (train, test) = VacancySplit.Split(examples, options.TestFraction, options.Seed);
        int Groups(IEnumerable<TrainingExample> set) => set.Select(e => e.VacancyId).Distinct().Count();
        var rows = new List<ComparisonRow>();
        var transparent = RankingEvaluator.Evaluate(test, test.Select(e => TransparentScorer.Points(e.Features)).ToList());
        rows.Add(new ComparisonRow(TransparentScorer.RankerVersion, transparent));
        if (train.Count == 0 || test.Count == 0)
            return new TrainingReport(rows, new PromotionDecision(false, "too little data to train and hold out vacancies"), null,
                syntheticData, vacancies, examples.Count, Groups(train), Groups(test));

        var (current, currentMetrics) = ($"{TransparentScorer.RankerVersion} (current)", transparent);
        if (registry.LoadCurrent() is { } promoted)
        {
            currentMetrics = RankingEvaluator.Evaluate(test, promoted.Model.Score(test.Select(e => FeatureVector.From(e.Features)).ToList()).Select(s => (double)s).ToList());
            current = promoted.Metadata.Version + " (current)";
            rows.Add(new ComparisonRow(current, currentMetrics));
        }

        var trained = new List<(RankingTrainerKind Kind, LearnedModel Model, RankingMetrics Metrics)>();
        foreach (var kind in Enum.GetValues<RankingTrainerKind>())
        {
            try
            {
                var model = RankingTrainer.Train(train, kind, options.Seed);
                var metrics = RankingEvaluator.Evaluate(test, model.Score(test.Select(e => FeatureVector.From(e.Features)).ToList()).Select(s => (double)s).ToList());
                trained.Add((kind, model, metrics));
                rows.Add(new ComparisonRow($"learned {kind}", metrics));
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or InvalidOperationException or TypeInitializationException)
            {
                // LightGBM is a native library; where it cannot load, FastTree (managed) carries on alone.
                log?.WriteLine($"{kind} could not train here ({e.GetType().Name}: {e.Message}); continuing without it.");
                rows.Add(new ComparisonRow($"learned {kind}", new RankingMetrics(0, 0, 0, 0), "failed to train: " + e.GetType().Name));
            }
        }
        if (trained.Count == 0)
            return new TrainingReport(rows, new PromotionDecision(false, "no trainer could train a model"), null, syntheticData, vacancies, examples.Count, Groups(train), Groups(test));

        var best = trained.OrderByDescending(t => t.Metrics.Ndcg10).ThenBy(t => t.Kind).First();
        var decision = PromotionGate.Decide(best.Metrics, currentMetrics, vacancies, examples.Count, options);
        var version = $"learned-{best.Kind.ToString().ToLowerInvariant()}-{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}";
        registry.Save(best.Model, new ModelMetadata(version, best.Kind, now, FeatureVector.SchemaVersion, FeatureVector.Names,
            best.Metrics, current, currentMetrics, Groups(train), train.Count, syntheticData, decision.Promote, decision.Reason));
        return new TrainingReport(rows, decision, version, syntheticData, vacancies, examples.Count, Groups(train), Groups(test));
    }
}
