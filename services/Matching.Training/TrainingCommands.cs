using System.Globalization;
using Matching.Learning;
using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Learning.Models;
using Matching.Learning.Outcomes;
using Matching.Learning.Synthetic;
using Matching.Learning.Training;
using Matching.DemoData;

namespace Matching.Training;

/// <summary>
/// "train": trains on the recorded outcomes; with too few of them, on a synthetic history over the demo data, saying
/// so loudly and keeping those models in a separate folder so the live ranker never picks one up.
/// "fairness": the fairness report over the logged rankings (synthetic likewise when there are none).
/// </summary>
public static class TrainingCommands
{
    public const int SyntheticVacancies = 400;
    public const int SyntheticCandidates = 1500;
    public const int DemoSeed = 2026;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        if (args.Length == 0 || args[0] is not ("train" or "fairness"))
        {
            output.WriteLine("usage: matching-training train [--data DIR] [--models DIR] [--synthetic]\n       matching-training fairness [--data DIR] [--top K] [--synthetic]");
            return 2;
        }
        var options = new LearningOptions
        {
            DataDirectory = Option(args, "--data") ?? new LearningOptions().DataDirectory,
            ModelsDirectory = Option(args, "--models") ?? new LearningOptions().ModelsDirectory,
        };
        var forceSynthetic = args.Contains("--synthetic");
        var outcomes = new SqliteOutcomeStore(Path.Combine(options.DataDirectory, "outcomes.db"));
        var log = new SqliteImpressionLog(Path.Combine(options.DataDirectory, "rankings.db"));
        return args[0] == "train"
            ? await TrainAsync(options, outcomes, log, forceSynthetic, output, ct)
            : await FairnessAsync(options, outcomes, log, forceSynthetic, int.Parse(Option(args, "--top") ?? "10", CultureInfo.InvariantCulture), output, ct);
    }

    private static async Task<int> TrainAsync(LearningOptions options, SqliteOutcomeStore outcomes, SqliteImpressionLog log, bool forceSynthetic, TextWriter output, CancellationToken ct)
    {
        var examples = TrainingSetBuilder.Build(await log.ImpressionsAsync(ct), await outcomes.AllAsync(ct));
        var vacancies = examples.Select(e => e.VacancyId).Distinct().Count();
        output.WriteLine($"recorded: {vacancies} vacancies with outcomes, {examples.Count} labelled pairs in {Path.GetFullPath(options.DataDirectory)}");
        var synthetic = forceSynthetic || vacancies < options.MinVacancies;
        var registry = new ModelRegistry(options.ModelsDirectory);
        if (synthetic)
        {
            output.WriteLine(Banner($"Too few real outcomes (need {options.MinVacancies} vacancies): training on a SYNTHETIC history over the demo data " +
                                    $"({SyntheticVacancies} vacancies, {SyntheticCandidates} candidates, hidden utility with noise and position bias). " +
                                    "The figures below are NOT real-world quality."));
            examples = SyntheticExamples(out _);
            registry = new ModelRegistry(options.ModelsDirectory.TrimEnd('/', '\\') + "-synthetic");
        }
        var report = TrainingRun.Run(examples, options, registry, synthetic, DateTimeOffset.UtcNow, output);
        output.WriteLine();
        output.Write(report.ToTable());
        output.WriteLine($"models: {registry.Directory}");
        return 0;
    }

    private static async Task<int> FairnessAsync(LearningOptions options, SqliteOutcomeStore outcomes, SqliteImpressionLog log, bool forceSynthetic, int topK, TextWriter output, CancellationToken ct)
    {
        var rankings = await log.RankingsAsync(ct);
        FairnessReport report;
        if (forceSynthetic || rankings.Count == 0)
        {
            output.WriteLine(Banner("No rankings logged yet: the report below is over a SYNTHETIC history with randomly drawn monitoring attributes. It says nothing about real bias."));
            SyntheticExamples(out var history);
            report = FairnessCalculator.Compute(history.Rankings, history.Monitoring.ToDictionary(m => m.CandidateRef), history.Outcomes, topK, DateTimeOffset.UtcNow);
        }
        else
        {
            var monitoring = await new SqliteMonitoringStore(Path.Combine(options.DataDirectory, "monitoring.db")).AllAsync(ct);
            report = FairnessCalculator.Compute(rankings, monitoring, await outcomes.AllAsync(ct), topK, DateTimeOffset.UtcNow);
        }
        output.Write(report.ToTable());
        return 0;
    }

    private static IReadOnlyList<TrainingExample> SyntheticExamples(out SyntheticHistory history)
    {
        var generator = new DemoDataGenerator(DemoSeed);
        history = new SyntheticHistoryGenerator(DemoSeed).Generate(
            DemoProfiles.Vacancies(generator, SyntheticVacancies), DemoProfiles.Candidates(generator, SyntheticCandidates), generator.ReferenceDate);
        return TrainingSetBuilder.Build(history.Impressions, history.Outcomes);
    }

    private static string Banner(string text) => $"\n{new string('*', 100)}\n* {text}\n{new string('*', 100)}";

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
