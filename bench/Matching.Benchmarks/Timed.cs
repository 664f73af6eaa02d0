using System.Diagnostics;

namespace Matching.Benchmarks;

/// <summary>The harness: unmeasured warm-up calls, then one timed sample per call.</summary>
public static class Timed
{
    public static async Task<LatencyStats> SeriesAsync(int warmUp, int count, Func<int, Task> call) =>
        (await MeasuredSeriesAsync(warmUp, count, call)).Latency;

    /// <summary>The series, and what its measured calls cost the runtime (allocations, GC pauses, contention).</summary>
    public static async Task<(LatencyStats Latency, RuntimeCost Cost)> MeasuredSeriesAsync(int warmUp, int count, Func<int, Task> call)
    {
        for (var i = 0; i < warmUp; i++) await call(i);
        var samples = new double[count];
        using var probe = RuntimeCost.Start();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call(warmUp + i);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        var cost = probe.Stop(count);
        return (LatencyStats.Of(samples), cost);
    }

    /// <summary>
    /// <paramref name="clients"/> callers in a loop for <paramref name="duration"/>, each starting at its own offset:
    /// calls per second, the latency of every call, and the runtime's cost over all of them.
    /// </summary>
    public static async Task<ConcurrencyResult> ConcurrentAsync(int clients, TimeSpan duration, Func<int, int, Task> call)
    {
        // Every caller warmed once before the clock starts.
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => call(c, c * 37)));
        using var probe = RuntimeCost.Start();
        var clock = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var samples = new List<double>();
            // Callers start at different vacancies so they do not query in lockstep.
            for (var i = c * 37 + 1; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await call(c, i);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            return samples;
        })));
        clock.Stop();
        var all = perClient.SelectMany(s => s).ToArray();
        return new ConcurrencyResult(clients, Math.Round(clock.Elapsed.TotalSeconds, 2), all.Length, 0,
            Math.Round(all.Length / clock.Elapsed.TotalSeconds, 1), LatencyStats.Of(all)) { Cost = probe.Stop(all.Length) };
    }
}
