using System.Globalization;

namespace Matching.Benchmarks;

/// <summary>Command line of the benchmark: what to measure, how long, where results go.</summary>
public sealed record BenchOptions
{
    public IReadOnlyList<int> Sizes { get; init; } = [100_000];
    public int Vacancies { get; init; } = 200;
    public int Queries { get; init; } = 300;
    public int WarmUp { get; init; } = 50;
    public int TopK { get; init; } = 20;
    public int BatchSize { get; init; } = 5_000;
    public IReadOnlyList<int> Concurrency { get; init; } = [1, 4, 16];
    public TimeSpan ConcurrencyDuration { get; init; } = TimeSpan.FromSeconds(8);
    /// <summary>Weekdate is measured only on pools up to this size (the target is for 100k).</summary>
    public int WeekdateMaxSize { get; init; } = 100_000;
    /// <summary>Simulated days of the day-rollover series (0: none); run on pools up to <see cref="WeekdateMaxSize"/>.</summary>
    public int RolloverDays { get; init; } = 30;
    /// <summary>Keep the pool under --work and reuse it when its indexes are there (saves the indexing on repeated runs).</summary>
    public bool ReusePool { get; init; }
    public int Seed { get; init; } = 2026;
    public string Out { get; init; } = "bench/results/latest.json";
    public string? Compare { get; init; }
    /// <summary>With <see cref="Compare"/>: compare this results file instead of running.</summary>
    public string? Current { get; init; }
    /// <summary>Recompute the targets table of this results file (after the targets or their reasons changed) instead of running.</summary>
    public string? Retarget { get; init; }
    public string? HostDll { get; init; }
    public string? WorkDirectory { get; init; }
    public bool Smoke { get; init; }

    public const string Usage = """
        Matching benchmarks: ranking latency (gRPC end to end, in process, Lucene floor), indexing throughput,
        concurrency, weekdate generation and peak memory on the embedded Lucene backend.

          --size N[,N...]        candidate pool sizes (repeatable; default 100000)
          --vacancies N          vacancies registered (default 200)
          --queries N            measured ranking calls per latency series (default 300)
          --warmup N             unmeasured calls before each series (default 50)
          --concurrency 1,4,16   concurrent gRPC clients (default 1,4,16)
          --duration SECONDS     per concurrency level (default 8)
          --weekdate-max-size N  measure weekdate only up to this pool size (default 100000)
          --rollover-days N      simulated days of the day-rollover series, pools up to --weekdate-max-size (default 30; 0: none)
          --seed N               data generator seed (default 2026)
          --out FILE             results JSON; a Markdown table is written beside it (default bench/results/latest.json)
          --compare FILE         print the ratio of these results against a previous results file
          --current FILE         with --compare: compare this file instead of running
          --retarget FILE        recompute the targets table of a results file (and its .md) from its measurements
          --host PATH            Matching.Host.dll to start (default: the one built beside this project)
          --work DIR             folder for indexes and the host's data (default: a temp folder, deleted after)
          --reuse-pool           with --work: reuse the pool indexed there by an earlier run with the same size and seed
          --smoke                tiny run (2k candidates, few calls) into a temp folder, to prove the harness works
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        if (args.Contains("--smoke")) options = SmokeDefaults();
        var sizes = new List<int>();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--smoke": break;
                case "--size": sizes.AddRange(Ints(Value())); break;
                case "--vacancies": options = options with { Vacancies = Int(Value()) }; break;
                case "--queries": options = options with { Queries = Int(Value()) }; break;
                case "--warmup": options = options with { WarmUp = Int(Value()) }; break;
                case "--concurrency": options = options with { Concurrency = Ints(Value()) }; break;
                case "--duration": options = options with { ConcurrencyDuration = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) }; break;
                case "--weekdate-max-size": options = options with { WeekdateMaxSize = Int(Value()) }; break;
                case "--rollover-days": options = options with { RolloverDays = Int(Value()) }; break;
                case "--reuse-pool": options = options with { ReusePool = true }; break;
                case "--seed": options = options with { Seed = Int(Value()) }; break;
                case "--out": options = options with { Out = Value() }; break;
                case "--compare": options = options with { Compare = Value() }; break;
                case "--current": options = options with { Current = Value() }; break;
                case "--retarget": options = options with { Retarget = Value() }; break;
                case "--host": options = options with { HostDll = Value() }; break;
                case "--work": options = options with { WorkDirectory = Value() }; break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }
        if (sizes.Count > 0) options = options with { Sizes = sizes };
        if (options.ReusePool && options.WorkDirectory is null) throw new ArgumentException("--reuse-pool needs --work DIR.");
        if (options.Sizes.Any(s => s < 1) || options.RolloverDays < 0 || options.Queries < 1 || options.Vacancies < 1 || options.Concurrency.Any(c => c < 1))
            throw new ArgumentException("Sizes, queries, vacancies and concurrency levels must be at least 1.");
        return options;
    }

    private static BenchOptions SmokeDefaults() => new()
    {
        Sizes = [2_000],
        Vacancies = 20,
        Queries = 20,
        WarmUp = 5,
        BatchSize = 500,
        Concurrency = [1, 4],
        RolloverDays = 3,
        ConcurrencyDuration = TimeSpan.FromSeconds(1),
        Out = Path.Combine(Path.GetTempPath(), $"matching-bench-smoke-{Guid.NewGuid():N}", "latest.json"),
        Smoke = true,
    };

    private static int Int(string value) => int.Parse(value.Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static int[] Ints(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Int).ToArray();
}
