using System.Globalization;
using System.Text;

namespace Matching.Benchmarks;

/// <summary>The Markdown form of the results: one column per pool size, then the targets.</summary>
public static class ResultsTable
{
    public static string Render(BenchResults results)
    {
        var runs = results.Runs;
        var m = results.Machine;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Benchmark of {results.StartedAt:yyyy-MM-dd HH:mm} UTC, commit {results.GitCommit}{(results.Smoke ? " (smoke run)" : "")}, {results.TotalSeconds:0} s in all.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {m.Cores} cores ({m.CpuModel ?? "unknown CPU"}), {m.TotalMemoryGb} GB, {m.Os}, {m.Runtime}, {m.Configuration} build; load average {m.LoadAverageAtStart} at start, {m.LoadAverageAtEnd} at end.");
        text.AppendLine();
        text.AppendLine("| Measurement | " + string.Join(" | ", runs.Select(r => $"{Size(r.Candidates)} candidates")) + " |");
        text.AppendLine("|---|" + string.Concat(runs.Select(_ => "---:|")));
        Row("Bulk indexing (profiles/s, index only)", r => N(r.Indexing.IndexProfilesPerSecond));
        Row("Bulk import (profiles/s, generate + validate + index)", r => N(r.Indexing.PipelineProfilesPerSecond));
        Row("Index size on disk (MB)", r => N(r.Indexing.IndexFolderMb));
        Row("Mean eligible candidates per vacancy", r => N(r.Latency.MeanEligible));
        Row("Lucene floor: filter + text query, top-window (p50 / p99 ms)", r => L(r.Latency.Floor));
        Row("Index search incl. loading profiles (p50 / p99 ms)", r => L(r.Latency.IndexSearch));
        Row("RankCandidates in process (p50 / p99 ms)", r => L(r.Latency.InProcess));
        Row("RankCandidates gRPC end to end (p50 / p99 ms)", r => L(r.Latency.EndToEnd));
        Row("RankCandidates gRPC, first call per vacancy on a fresh host (p50 / p99 ms)", r => r.Latency.EndToEndFirstCallPerVacancy is { } c ? L(c) : "-");
        Row("Workbench vacancy → candidates page over HTTP (p50 / p99 ms)", r => r.WorkbenchVacancyPage is { } w ? L(w) : "-");
        Row("RankCandidates in process, learned model (p50 / p99 ms)", r => r.Latency.LearnedInProcess is { } l ? L(l) : "-");
        Row("Occupation features per ranking (p50 / p99 ms)", r => r.Latency.OccupationFeatures is { } o ? L(o) : "-");
        Row("Occupation normalising, uncached (p50 / p99 ms)", r => r.OccupationNormalising is { } o ? $"{o.MedianMs:0.000} / {o.P99Ms:0.000}" : "-");
        Row("Allocated per call: floor / in process / learned (KB)", r =>
            $"{K(r.Latency.FloorCost)} / {K(r.Latency.InProcessCost)} / {K(r.Latency.LearnedCost)}");
        Row("Calls where the floor found the ranker's eligible count", r => $"{r.Latency.SameCandidates} of {r.Latency.Queries}");
        Row("End to end / floor (p50 / p99)", r => $"{r.Latency.EndToEndOverFloorMedian:0.0}x / {r.Latency.EndToEndOverFloorP99:0.0}x");
        foreach (var clients in runs.SelectMany(r => r.Concurrency).Select(c => c.Clients).Distinct())
            Row($"Throughput, {clients} concurrent clients (calls/s; p99 ms)", r =>
                r.Concurrency.FirstOrDefault(c => c.Clients == clients) is { } c ? $"{N(c.CallsPerSecond)}; {N(c.Latency.P99Ms)}" : "-");
        foreach (var clients in runs.SelectMany(r => r.InProcessConcurrency).Select(c => c.Clients).Distinct())
            Row($"In process, {clients} concurrent callers (calls/s; p99 ms; KB/call; GC pause ms; lock contentions)", r =>
                r.InProcessConcurrency.FirstOrDefault(c => c.Clients == clients) is { Cost: { } cost } c
                    ? $"{N(c.CallsPerSecond)}; {N(c.Latency.P99Ms)}; {N(cost.AllocatedKbPerCall)}; {N(cost.GcPauseMs)}; {cost.LockContentions}"
                    : "-");
        Row("Day rollover: first / last third of the days (p50 / p99 ms)", r => r.DayRollover is { } d
            ? $"{N(d.FirstDaysMedianMs)} / {N(d.FirstDaysP99Ms)} → {N(d.LastDaysMedianMs)} / {N(d.LastDaysP99Ms)} ({d.Days} days)"
            : "not measured");
        Row("Weekdate list, one municipality (s)", r => r.Weekdate.Measured ? $"{N(r.Weekdate.Seconds ?? 0)} ({r.Weekdate.Vacancies} vacancies)" : "not measured");
        Row("Peak memory, host process (MB)", r => r.Memory.HostPeakWorkingSetMb is { } mb ? N(mb) : "-");
        Row("Peak memory, benchmark process (MB)", r => N(r.Memory.BenchPeakWorkingSetMb));
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Latency: {runs.FirstOrDefault()?.Latency.Queries} measured calls per series after {runs.FirstOrDefault()?.Latency.WarmUp} warm-up calls, top-{runs.FirstOrDefault()?.TopK}, rescoring window {runs.FirstOrDefault()?.RescoreWindow}.");
        text.AppendLine();
        text.AppendLine("| Target | Pool | Aim | Result | Met | Measured beside it | Not met: measured reason, and what would meet it |");
        text.AppendLine("|---|---:|---|---:|:---:|---|---|");
        foreach (var run in runs)
            foreach (var t in run.Targets)
                text.AppendLine(CultureInfo.InvariantCulture, $"| {t.Name} | {Size(run.Candidates)} | {t.Target} | {N(t.Actual)} {t.Unit} | {(t.Met ? "yes" : "**no**")} | {t.Note} | {t.Reason} |");
        return text.ToString();

        void Row(string name, Func<RunResult, string> cell) =>
            text.AppendLine($"| {name} | " + string.Join(" | ", runs.Select(cell)) + " |");
    }

    public static string Size(int candidates) => candidates switch
    {
        >= 1_000_000 when candidates % 1_000_000 == 0 => $"{candidates / 1_000_000}M",
        >= 1_000 when candidates % 1_000 == 0 => $"{candidates / 1_000}k",
        _ => candidates.ToString("N0", CultureInfo.InvariantCulture),
    };

    private static string L(LatencyStats s) => $"{N(s.MedianMs)} / {N(s.P99Ms)}";

    private static string K(RuntimeCost? cost) => cost is null ? "-" : N(cost.AllocatedKbPerCall);

    public static string N(double value) => value switch
    {
        >= 100 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
