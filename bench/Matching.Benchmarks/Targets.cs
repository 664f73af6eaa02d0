namespace Matching.Benchmarks;

/// <summary>The targets for this 2-core machine, checked against one run; each applies to the pool sizes it names.</summary>
public static class Targets
{
    public static IReadOnlyList<TargetCheck> For(RunResult run)
    {
        var checks = new List<TargetCheck>();
        var e2e = run.Latency.EndToEnd;
        if (run.Candidates is >= 100_000 and < 1_000_000)
        {
            checks.Add(new("RankCandidates top-20 p99, end to end", "< 25 ms", e2e.P99Ms, "ms", e2e.P99Ms < 25));
            checks.Add(new("End to end p99 / Lucene floor p99", "<= 2x", run.Latency.EndToEndOverFloorP99, "x", run.Latency.EndToEndOverFloorP99 <= 2));
        }
        if (run.Candidates >= 1_000_000)
            checks.Add(new("RankCandidates top-20 p99, end to end", "< 100 ms", e2e.P99Ms, "ms", e2e.P99Ms < 100));
        if (run.OccupationNormalising is { } normalising)
            checks.Add(new("Occupation normalising p99", "< 0.2 ms", normalising.P99Ms, "ms", normalising.P99Ms < 0.2));
        checks.Add(new("Bulk indexing", ">= 5,000 profiles/s", run.Indexing.IndexProfilesPerSecond, "profiles/s", run.Indexing.IndexProfilesPerSecond >= 5_000));
        if (run.Weekdate is { Measured: true, Seconds: { } seconds } && run.Candidates >= 100_000 && run.Weekdate.Vacancies >= 200)
            checks.Add(new($"Weekdate, {run.Weekdate.Vacancies} vacancies", "< 10 s", seconds, "s", seconds < 10));
        return checks;
    }
}
