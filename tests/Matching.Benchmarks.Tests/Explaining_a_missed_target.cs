namespace Matching.Benchmarks.Tests;

/// <summary>A missed latency row names the stage to cut, chosen from what the run measured.</summary>
public sealed class Explaining_a_missed_target
{
    [Fact]
    public void A_floor_whose_own_p99_is_over_the_aim_is_named_first()
    {
        var reason = TargetReasons.SingleCall(Run(floor: (6, 20), indexSearch: 7, inProcess: 12, endToEnd: (14, 30), gcPauseMs: 100), 15);

        Assert.Contains("floor's own p99 (20.0 ms) is over the aim", reason);
    }

    [Fact]
    public void Long_GC_pauses_point_at_allocation()
    {
        var reason = TargetReasons.SingleCall(Run(floor: (6, 12), indexSearch: 7, inProcess: 12, endToEnd: (14, 30), gcPauseMs: 2_000), 15);

        Assert.Contains("less allocation per call: the GC paused 25% of the series", reason);
    }

    [Fact]
    public void Otherwise_the_largest_stage_at_the_median_is_named()
    {
        var reason = TargetReasons.SingleCall(Run(floor: (4, 12), indexSearch: 5, inProcess: 6, endToEnd: (16, 30), gcPauseMs: 80), 15);

        Assert.Contains("p50 16.0 ms = the floor (filter + BM25 window) 4.00, loading the window's profiles 1.00, eligibility, scoring, ranking log 1.00, gRPC, audit and publishing in the host 10.0 ms", reason);
        Assert.Contains("Would meet it: the largest stage at p50, gRPC, audit and publishing in the host (10.0 ms)", reason);
    }

    [Fact]
    public void Sixteen_clients_on_two_cores_wait_for_eight_calls_of_work()
    {
        var reason = TargetReasons.Concurrent(Run(floor: (4, 12), indexSearch: 5, inProcess: 20, endToEnd: (22, 30), gcPauseMs: 80, callers: 16), 16, 300, 150, 2);

        Assert.Contains("each call waits for about 8.00 others' work, 160 ms", reason);
        Assert.Contains("a call's own work under 18.8 ms", reason);
    }

    private static RunResult Run((double P50, double P99) floor, double indexSearch, double inProcess, (double P50, double P99) endToEnd,
        double gcPauseMs, int callers = 1)
    {
        var latency = new LatencyResults(300, 50, Stats(floor.P50, floor.P99), Stats(indexSearch, indexSearch * 2), Stats(inProcess, inProcess * 2),
            Stats(endToEnd.P50, endToEnd.P99), 1, 1, 300, 100);
        var cost = new RuntimeCost(600, 2_400, gcPauseMs, 100, 10, 1, 0, 1, 4);
        return new RunResult(100_000, 200, 20, 1000, new IndexingResult(100_000, 1000, 20, 5000, 21, 4800, 30), latency, [],
            new WeekdateResult(false, null, null, 0, null, null, null), new MemoryResult(500, 100, 1000, 400), [])
        {
            InProcessConcurrency = [new ConcurrencyResult(callers, 8, 600, 0, 75, Stats(inProcess, inProcess * 2)) { Cost = cost }],
        };
    }

    private static LatencyStats Stats(double p50, double p99) => new(300, p50, p99, p50, p50 / 2, p99 * 2);
}
