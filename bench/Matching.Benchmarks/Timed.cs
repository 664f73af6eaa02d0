using System.Diagnostics;

namespace Matching.Benchmarks;

/// <summary>The harness: unmeasured warm-up calls, then one timed sample per call.</summary>
public static class Timed
{
    public static async Task<LatencyStats> SeriesAsync(int warmUp, int count, Func<int, Task> call)
    {
        for (var i = 0; i < warmUp; i++) await call(i);
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await call(warmUp + i);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return LatencyStats.Of(samples);
    }
}
