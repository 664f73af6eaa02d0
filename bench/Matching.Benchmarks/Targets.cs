using System.Globalization;

namespace Matching.Benchmarks;

/// <summary>
/// The targets of issues #16 (performance) and #11 (occupations) for this 2-core machine, checked against one run;
/// each applies to the pool sizes it names. A row that is missed carries the measurements that say why.
/// </summary>
public static class Targets
{
    public static IReadOnlyList<TargetCheck> For(RunResult run, int cores)
    {
        var checks = new List<TargetCheck>();
        var latency = run.Latency;
        var e2e = latency.EndToEnd;
        var is100k = run.Candidates is >= 100_000 and < 1_000_000;
        var is1M = run.Candidates >= 1_000_000;
        Add(new("Every call returns the floor's eligible count", $"{latency.Queries} of {latency.Queries}", latency.SameCandidates, "calls",
            latency.SameCandidates == latency.Queries), () => TargetReasons.Correctness(latency));
        if (is100k)
            Add(new("RankCandidates p99, 1 client, end to end", "< 15 ms", e2e.P99Ms, "ms", e2e.P99Ms < 15) { Note = InProcessNote(run, 1) },
                () => TargetReasons.SingleCall(run, 15));
        if (is1M)
            Add(new("RankCandidates p99, 1 client, end to end", "< 60 ms", e2e.P99Ms, "ms", e2e.P99Ms < 60)
            {
                Note = $"floor p50/p99 {N(latency.Floor.MedianMs)}/{N(latency.Floor.P99Ms)} ms, in process {N(latency.InProcess.MedianMs)}/{N(latency.InProcess.P99Ms)} ms",
            }, () => TargetReasons.SingleCall(run, 60));
        if (is100k)
        {
            foreach (var (clients, aim) in new[] { (4, 40.0), (16, 150.0) })
                if (run.Concurrency.FirstOrDefault(c => c.Clients == clients) is { } level)
                    Add(new($"RankCandidates p99, {clients} concurrent clients", $"< {aim:0} ms", level.Latency.P99Ms, "ms", level.Latency.P99Ms < aim)
                    {
                        Note = InProcessNote(run, clients),
                    }, () => TargetReasons.Concurrent(run, clients, level.Latency.P99Ms, aim, cores));
            if (run.Concurrency.Count > 0 && latency.Floor.MedianMs > 0)
            {
                // The most calls the floor allows: every core busy with nothing but the floor's own query.
                var floorBound = cores * 1000 / latency.Floor.MedianMs;
                var best = run.Concurrency.MaxBy(c => c.CallsPerSecond)!;
                var ratio = Math.Round(best.CallsPerSecond / floorBound, 2);
                Add(new("Throughput / floor bound (cores / floor p50)", ">= 0.65", ratio, "x", ratio >= 0.65)
                {
                    Note = string.Create(CultureInfo.InvariantCulture, $"{N(best.CallsPerSecond)} calls/s at {best.Clients} clients; bound {N(floorBound)} calls/s"),
                }, () => TargetReasons.Throughput(run, best.CallsPerSecond, cores, 0.65));
            }
        }
        if (latency.LearnedInProcess is { } learned && latency.InProcess.MedianMs > 0)
        {
            var ratio = Math.Round(learned.MedianMs / latency.InProcess.MedianMs, 2);
            Add(new("Learned model / transparent scorer, in process p50", "<= 1.3x", ratio, "x", ratio <= 1.3)
            {
                Note = string.Create(CultureInfo.InvariantCulture,
                    $"p50 {N(learned.MedianMs)} vs {N(latency.InProcess.MedianMs)} ms, p99 {N(learned.P99Ms)} vs {N(latency.InProcess.P99Ms)} ms"),
            }, () => TargetReasons.Learned(learned, latency.InProcess, 1.3));
        }
        if (latency.OccupationFeatures is { } occupation && latency.InProcess.MedianMs > 0)
        {
            var share = Math.Round(100 * occupation.MedianMs / latency.InProcess.MedianMs, 1);
            Add(new("Occupation features / in-process ranking, p50", "<= 10 %", share, "%", share <= 10),
                () => TargetReasons.OccupationShare(occupation, latency.InProcess));
        }
        if (run.WorkbenchVacancyPage is { } page && is100k)
            Add(new("Workbench vacancy → candidates page p99 (request to last byte)", "< 150 ms", page.P99Ms, "ms", page.P99Ms < 150),
                () => TargetReasons.Page(page, e2e));
        if (run.OccupationNormalising is { } normalising)
            Add(new("Occupation normalising p99", "< 0.2 ms", normalising.P99Ms, "ms", normalising.P99Ms < 0.2),
                () => TargetReasons.Normalising(normalising));
        if (run.Weekdate is { Measured: true, Seconds: { } seconds } && is100k && run.Weekdate.Vacancies >= 200)
            Add(new($"Weekdate, {run.Weekdate.Vacancies} new vacancies", "< 5 s", seconds, "s", seconds < 5),
                () => TargetReasons.Weekdate(run, seconds, 5));
        if (run.Memory.HostPeakWorkingSetMb is { } peak && (is100k || is1M))
        {
            var aim = is1M ? 1024 : 600;
            Add(new("Host peak memory", $"< {aim:N0} MB", peak, "MB", peak < aim)
            {
                Note = run.Weekdate.Measured ? "peak over the whole run, weekdate included" : null,
            }, () => TargetReasons.Memory(run, peak, aim));
        }
        if (run.DayRollover is { } rollover && rollover.FirstDaysMedianMs > 0)
        {
            var ratio = Math.Round(rollover.LastDaysMedianMs / rollover.FirstDaysMedianMs, 2);
            Add(new($"Day rollover: last {rollover.Third} / first {rollover.Third} of {rollover.Days} days, p50", "<= 1.25x", ratio, "x", ratio <= 1.25)
            {
                Note = string.Create(CultureInfo.InvariantCulture,
                    $"p50 {N(rollover.FirstDaysMedianMs)} → {N(rollover.LastDaysMedianMs)} ms, p99 {N(rollover.FirstDaysP99Ms)} → {N(rollover.LastDaysP99Ms)} ms"),
            }, () => TargetReasons.Rollover(rollover));
        }
        Add(new("Bulk indexing", ">= 5,000 profiles/s", run.Indexing.IndexProfilesPerSecond, "profiles/s", run.Indexing.IndexProfilesPerSecond >= 5_000),
            () => TargetReasons.Indexing(run.Indexing, cores));
        return checks;

        // A missed row always carries its measured reason and what would meet it.
        void Add(TargetCheck check, Func<string> reason) => checks.Add(check.Met ? check : check with { Reason = reason() });
    }

    /// <summary>The same number of callers in process: latency, allocation and GC pauses without the network in between.</summary>
    private static string? InProcessNote(RunResult run, int callers) =>
        run.InProcessConcurrency.FirstOrDefault(c => c.Clients == callers) is { Cost: { } cost } level
            ? string.Create(CultureInfo.InvariantCulture,
                $"in process, {callers} callers: p99 {N(level.Latency.P99Ms)} ms, {N(cost.AllocatedKbPerCall)} KB/call, GC paused {N(cost.GcPauseMs)} ms in {N(level.Seconds)} s, {cost.LockContentions} lock contentions")
            : null;

    private static string N(double value) => ResultsTable.N(value);
}
