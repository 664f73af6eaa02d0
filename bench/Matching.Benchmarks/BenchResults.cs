namespace Matching.Benchmarks;

/// <summary>What one benchmark invocation writes to latest.json.</summary>
public sealed record BenchResults(
    int Schema, DateTimeOffset StartedAt, double TotalSeconds, string GitCommit, bool Smoke, MachineFacts Machine, IReadOnlyList<RunResult> Runs);

/// <summary>All measurements on one candidate pool size.</summary>
public sealed record RunResult(
    int Candidates,
    int Vacancies,
    int TopK,
    int RescoreWindow,
    IndexingResult Indexing,
    LatencyResults Latency,
    IReadOnlyList<ConcurrencyResult> Concurrency,
    WeekdateResult Weekdate,
    MemoryResult Memory,
    IReadOnlyList<TargetCheck> Targets)
{
    /// <summary>One occupation normalisation (title or work-experience text to an ESCO occupation), uncached.</summary>
    public LatencyStats? OccupationNormalising { get; init; }

    /// <summary>The gRPC handler's work (rank, audit, publish) from concurrent callers inside this process, with its runtime cost.</summary>
    public IReadOnlyList<ConcurrencyResult> InProcessConcurrency { get; init; } = [];

    /// <summary>The same vacancies ranked on consecutive simulated days against one long-lived index.</summary>
    public DayRolloverResult? DayRollover { get; init; }

    /// <summary>The workbench's vacancy → candidates page over HTTP (request to last byte), signed in as the demo front office.</summary>
    public LatencyStats? WorkbenchVacancyPage { get; init; }
}

/// <param name="IndexProfilesPerSecond">Upserts alone (Lucene documents, commits), excluding generation and validation.</param>
/// <param name="PipelineProfilesPerSecond">Generate, validate and index: the whole bulk import.</param>
public sealed record IndexingResult(
    int Profiles, int BatchSize, double IndexSeconds, double IndexProfilesPerSecond,
    double PipelineSeconds, double PipelineProfilesPerSecond, double IndexFolderMb);

/// <param name="Floor">The bare Lucene filter + text query with the same top-k window, ids and scores only.</param>
/// <param name="IndexSearch">ICandidateIndex.SearchAsync with the same query: the floor plus loading the stored profiles.</param>
/// <param name="InProcess">CandidateRanker.RankAsync from the host's DI container (search, eligibility, scoring).</param>
/// <param name="EndToEnd">RankCandidates over gRPC on loopback against the running all-in-one host.</param>
/// <param name="SameCandidates">Calls where the floor's eligible count equals the ranker's (the floor retrieves the same pool).</param>
public sealed record LatencyResults(
    int Queries, int WarmUp,
    LatencyStats Floor, LatencyStats IndexSearch, LatencyStats InProcess, LatencyStats EndToEnd,
    double EndToEndOverFloorMedian, double EndToEndOverFloorP99, int SameCandidates, double MeanEligible)
{
    /// <summary>The first RankCandidates for each vacancy on the freshly started host (before <see cref="EndToEnd"/>).</summary>
    public LatencyStats? EndToEndFirstCallPerVacancy { get; init; }

    public RuntimeCost? FloorCost { get; init; }
    public RuntimeCost? InProcessCost { get; init; }

    /// <summary>CandidateRanker in process with a promoted learned model (FastTree on a synthetic history) instead of the transparent scorer.</summary>
    public LatencyStats? LearnedInProcess { get; init; }
    public RuntimeCost? LearnedCost { get; init; }

    /// <summary>Calls where the learned ranking returned the same eligible count as the floor.</summary>
    public int? LearnedSameCandidates { get; init; }

    /// <summary>Per call, the occupation fit of every candidate in the window (what the occupation features add to a ranking).</summary>
    public LatencyStats? OccupationFeatures { get; init; }
}

public sealed record ConcurrencyResult(int Clients, double Seconds, int Calls, int Failures, double CallsPerSecond, LatencyStats Latency)
{
    /// <summary>The runtime cost in the process that served the calls, when the benchmark could see it (in process only).</summary>
    public RuntimeCost? Cost { get; init; }
}

/// <param name="Days">Simulated days, each ranking every vacancy once against the same open index.</param>
/// <param name="Third">Days in each compared third: the first third against the last.</param>
public sealed record DayRolloverResult(int Days, int CallsPerDay, int Third, double FirstDaysMedianMs, double FirstDaysP99Ms,
    double LastDaysMedianMs, double LastDaysP99Ms, int WorstDay, double WorstDayP99Ms, IReadOnlyList<double> DayMedianMs);

public sealed record WeekdateResult(bool Measured, string? Note, string? Party, int Vacancies, double? Seconds, int? NewVacancies, int? NearMissPairs);

/// <param name="HostPeakWorkingSetMb">The host process's VmHWM at the end of the run (index open, all measurements done).</param>
public sealed record MemoryResult(
    double BenchPeakWorkingSetMb, double BenchGcHeapMb, double BenchTotalAllocatedMb, double? HostPeakWorkingSetMb);

public sealed record TargetCheck(string Name, string Target, double Actual, string Unit, bool Met)
{
    /// <summary>Measurements beside the result that say where the time went (above all for a row not met).</summary>
    public string? Note { get; init; }

    /// <summary>For a row not met: the reason this run measured and what would meet the aim (see <see cref="TargetReasons"/>).</summary>
    public string? Reason { get; init; }
}
