using System.Globalization;
using Matching.Learning;
using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Learning.Models;
using Matching.Learning.Outcomes;
using Matching.Learning.Synthetic;
using Matching.Learning.Training;
using Matching.DemoData;
using Matching.ServiceDefaults.Storage;

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
            output.WriteLine("usage: matching-training train [--data DIR] [--models DIR] [--postgres CONNECTION] [--synthetic]\n       matching-training fairness [--data DIR] [--postgres CONNECTION] [--top K] [--synthetic]");
            return 2;
        }
        var options = new LearningOptions
        {
            DataDirectory = Option(args, "--data") ?? new LearningOptions().DataDirectory,
            ModelsDirectory = Option(args, "--models") ?? new LearningOptions().ModelsDirectory,
        };
        var forceSynthetic = args.Contains("--synthetic");
        // --postgres (or Storage__Provider=PostgreSQL with ConnectionStrings__Matching, as the services read it): the
        // replicas' shared database, where a promoted model reaches every replica. Otherwise the SQLite files under --data.
        using var postgres = PostgresConnection(args) is { } connectionString ? new PostgresDatabase(connectionString) : null;
        var stores = postgres is null
            ? new Stores(new SqliteOutcomeStore(Path.Combine(options.DataDirectory, "outcomes.db")),
                new SqliteImpressionLog(Path.Combine(options.DataDirectory, "rankings.db")),
                new SqliteMonitoringStore(Path.Combine(options.DataDirectory, "monitoring.db")),
                new ModelRegistry(options.ModelsDirectory), Path.GetFullPath(options.DataDirectory))
            : new Stores(new PostgresOutcomeStore(postgres, TimeProvider.System), new PostgresImpressionLog(postgres),
                new PostgresMonitoringStore(postgres), new PostgresModelRegistry(postgres), "postgresql");
        return args[0] == "train"
            ? await TrainAsync(options, stores, forceSynthetic, output, ct)
            : await FairnessAsync(stores, forceSynthetic, int.Parse(Option(args, "--top") ?? "10", CultureInfo.InvariantCulture), output, ct);
    }

    /// <summary>Where the recorded history is read and models are kept.</summary>
    private sealed record Stores(IOutcomeStore Outcomes, IImpressionLog Log, IMonitoringStore Monitoring, IModelRegistry Models, string Location);

    private static string? PostgresConnection(string[] args) =>
        Option(args, "--postgres") is { Length: > 0 } given ? given : PostgresDatabase.ConnectionStringFromEnvironment();

    private static async Task<int> TrainAsync(LearningOptions options, Stores stores, bool forceSynthetic, TextWriter output, CancellationToken ct)
    {
        var examples = TrainingSetBuilder.Build(await stores.Log.ImpressionsAsync(ct), await stores.Outcomes.AllAsync(ct));
        var vacancies = examples.Select(e => e.VacancyId).Distinct().Count();
        output.WriteLine($"recorded: {vacancies} vacancies with outcomes, {examples.Count} labelled pairs in {stores.Location}");
        var synthetic = forceSynthetic || vacancies < options.MinVacancies;
        var registry = stores.Models;
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
        output.WriteLine($"models: {registry.Location}");
        return 0;
    }

    private static async Task<int> FairnessAsync(Stores stores, bool forceSynthetic, int topK, TextWriter output, CancellationToken ct)
    {
        var rankings = await stores.Log.RankingsAsync(ct);
        FairnessReport report;
        if (forceSynthetic || rankings.Count == 0)
        {
            output.WriteLine(Banner("No rankings logged yet: the report below is over a SYNTHETIC history with randomly drawn monitoring attributes. It says nothing about real bias."));
            SyntheticExamples(out var history);
            report = FairnessCalculator.Compute(history.Rankings, history.Monitoring.ToDictionary(m => m.CandidateRef), history.Outcomes, topK, DateTimeOffset.UtcNow);
        }
        else
        {
            var monitoring = await stores.Monitoring.AllAsync(ct);
            report = FairnessCalculator.Compute(rankings, monitoring, await stores.Outcomes.AllAsync(ct), topK, DateTimeOffset.UtcNow);
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
