using System.Globalization;

namespace Matching.Benchmarks;

/// <summary>
/// For a target row that is missed: what this run measured as the reason, and what would meet the aim, both derived
/// from the run's own numbers (where a call's time went, the GC's share of a series, queueing on the cores, growth per
/// day), so a missed row never stands without its cause.
/// </summary>
public static class TargetReasons
{
    /// <summary>
    /// A single call end to end against <paramref name="aimMs"/>: the median split into its stages, the tail's GC share,
    /// and the stage to cut.
    /// </summary>
    public static string SingleCall(RunResult run, double aimMs)
    {
        var l = run.Latency;
        var stages = new (string Stage, double Ms)[]
        {
            ("the floor (filter + BM25 window)", l.Floor.MedianMs),
            ("loading the window's profiles", l.IndexSearch.MedianMs - l.Floor.MedianMs),
            ("eligibility, scoring, ranking log", l.InProcess.MedianMs - l.IndexSearch.MedianMs),
            ("gRPC, audit and publishing in the host", l.EndToEnd.MedianMs - l.InProcess.MedianMs),
        };
        var split = string.Join(", ", stages.Select(s => $"{s.Stage} {N(Math.Max(0, s.Ms))}"));
        var largest = stages.MaxBy(s => s.Ms);
        var gc = GcShare(run, 1);
        var reason = $"p50 {N(l.EndToEnd.MedianMs)} ms = {split} ms; p99 {N(l.EndToEnd.P99Ms)} ms{GcText(gc, run, 1)}";
        string remedy;
        if (l.Floor.P99Ms >= aimMs)
            remedy = $"the floor's own p99 ({N(l.Floor.P99Ms)} ms) is over the aim: retrieval must score fewer documents or get cheaper per document";
        else if (gc is >= 0.15)
            remedy = $"less allocation per call: the GC paused {Percent(gc.Value)} of the series, which is what lifts p99 over p50";
        else
            remedy = $"the largest stage at p50, {largest.Stage} ({N(largest.Ms)} ms)";
        return $"{reason}. Would meet it: {remedy}.";
    }

    /// <summary>Several clients on few cores: the least any call can wait is the others' work ahead of it.</summary>
    public static string Concurrent(RunResult run, int clients, double p99Ms, double aimMs, int cores)
    {
        var single = run.Latency.InProcess.MedianMs;
        var queueing = single * Math.Max(1, (double)clients / cores);
        var gc = GcShare(run, clients);
        var reason = $"{clients} clients on {cores} cores: each call waits for about {N((double)clients / cores)} others' work, "
                     + $"{N(queueing)} ms at the in-process p50 of {N(single)} ms{GcText(gc, run, clients)}";
        var remedy = queueing >= aimMs
            ? $"a call's own work under {N(aimMs * cores / clients)} ms (queueing alone is over the aim)"
            : gc is >= 0.15
                ? $"less allocation per call: the GC paused {Percent(gc.Value)} of the series, and every pause stops all {clients} calls"
                : $"the tail over the queueing ({N(p99Ms - queueing)} ms): lock contention or pauses in the serving process";
        return $"{reason}. Would meet it: {remedy}.";
    }

    /// <summary>Throughput against the floor's bound: the CPU a call costs besides the floor.</summary>
    public static string Throughput(RunResult run, double callsPerSecond, int cores, double aim)
    {
        var cpuPerCall = cores * 1000 / Math.Max(0.001, callsPerSecond);
        var floor = run.Latency.Floor.MedianMs;
        return $"a call costs about {N(cpuPerCall)} ms of core time, the floor {N(floor)} ms of it. Would meet it: "
               + $"at most {N(floor / aim)} ms of core time per call, so the work around the floor (profile loading, scoring, "
               + $"logs, gRPC) under {N(Math.Max(0, floor / aim - floor))} ms.";
    }

    public static string Learned(LatencyStats learned, LatencyStats transparent, double aim) =>
        $"the model adds {N(learned.MedianMs - transparent.MedianMs)} ms at p50 (it predicts the whole window in one batch and "
        + $"explains the top-k only). Would meet it: the model's part under {N(transparent.MedianMs * (aim - 1))} ms: fewer or "
        + "shallower trees, or a window for the model smaller than the retrieval window.";

    public static string Normalising(LatencyStats normalising) =>
        $"p50 {N(normalising.MedianMs)} ms, max {N(normalising.MaxMs)} ms: a call takes microseconds, so the slowest 1% are "
        + "calls that a GC or the scheduler interrupted. Would meet it: no allocation in the normaliser's hot path, and a quiet machine.";

    public static string Weekdate(RunResult run, double seconds, double aimSeconds)
    {
        var vacancies = Math.Max(1, run.Weekdate.Vacancies);
        var ranking = vacancies * run.Latency.InProcess.MedianMs / 1000;
        return $"{vacancies} vacancies at the in-process ranking p50 of {N(run.Latency.InProcess.MedianMs)} ms are {N(ranking)} s "
               + $"of ranking; the rest ({N(Math.Max(0, seconds - ranking))} s) is the other sections and the files. Would meet it: "
               + $"{N(aimSeconds * 1000 / vacancies)} ms per vacancy in all.";
    }

    public static string Memory(RunResult run, double peakMb, double aimMb) =>
        $"{N(peakMb)} MB at the host's peak{(run.Weekdate.Measured ? ", reached with the weekdate list" : "")}, "
        + $"{N(peakMb - aimMb)} MB over. Would meet it: a smaller GC heap, of which the profile cache (Search:ProfileCacheSize, "
        + "~0.6 KB a profile) is the largest part; the rest of the resident set is the index files mapped where searches read "
        + "them (~0.3 GB at 1M) and the runtime's code, which no setting of the GC shrinks.";

    public static string Rollover(DayRolloverResult rollover)
    {
        var medians = rollover.DayMedianMs;
        var perDay = medians.Count > 1 ? (medians[^1] - medians[0]) / (medians.Count - 1) : 0;
        var largestStep = medians.Zip(medians.Skip(1), (a, b) => b - a).DefaultIfEmpty(0).Max();
        var shape = largestStep > 3 * Math.Max(0.01, perDay) && largestStep > 1
            ? $"a step of {N(largestStep)} ms from one day to the next"
            : $"a steady climb of {N(perDay)} ms a day (largest step {N(largestStep)} ms)";
        return $"{shape}. Would meet it: find the state that grows with every day ranked (cached filter sets keyed by the day, "
               + "the ranking log and audit files) and keep it bounded.";
    }

    public static string Indexing(IndexingResult indexing, int cores) =>
        $"{N(indexing.IndexProfilesPerSecond / cores)} profiles/s per core on {cores} cores, CPU-bound in analysis. "
        + "Would meet it: more cores, or cheaper analysis per profile.";

    public static string Correctness(LatencyResults latency) =>
        $"{latency.Queries - latency.SameCandidates} calls returned another eligible count than the floor: the ranker and "
        + "the index disagree on who qualifies. Would meet it: the same filter on both paths (a correctness defect, not a speed one).";

    public static string OccupationShare(LatencyStats occupation, LatencyStats inProcess) =>
        $"the occupation fit of a window takes {N(occupation.MedianMs)} of {N(inProcess.MedianMs)} ms at p50 (the vacancy's occupation "
        + "is resolved once per ranking and each occupation in the window related once; what remains is finding each "
        + $"experience's occupation). Would meet it: the window's fit under {N(inProcess.MedianMs / 10)} ms, with each "
        + "experience's occupation resolved when the profile is indexed and read with it.";

    public static string Page(LatencyStats page, LatencyStats grpc) =>
        $"p50 {N(page.MedianMs)} ms against {N(grpc.MedianMs)} ms for the same ranking over gRPC: the page adds "
        + $"{N(page.MedianMs - grpc.MedianMs)} ms of rendering and HTTP. Would meet it: the ranking's own tail first (the gRPC rows), then the rendering.";

    /// <summary>The share of the in-process series with <paramref name="callers"/> callers that the GC paused.</summary>
    private static double? GcShare(RunResult run, int callers) =>
        run.InProcessConcurrency.FirstOrDefault(c => c.Clients == callers) is { Cost: { } cost, Seconds: > 0 } level
            ? cost.GcPauseMs / 1000 / level.Seconds
            : null;

    private static string GcText(double? share, RunResult run, int callers) =>
        share is { } s && run.InProcessConcurrency.FirstOrDefault(c => c.Clients == callers)?.Cost is { } cost
            ? $"; in process the GC paused {Percent(s)} of the series at {N(cost.AllocatedKbPerCall)} KB allocated per call"
            : "";

    private static string Percent(double share) => (100 * share).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string N(double value) => ResultsTable.N(value);
}
