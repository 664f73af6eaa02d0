using System.Diagnostics;

namespace Matching.Benchmarks;

/// <summary>
/// A long-lived index over many days: every vacancy ranked once per simulated day, day after day, against the same
/// open index and process. Filters that depend on the day (certificate validity) change every day; a cache that
/// fills up and stops helping shows here as days whose latency climbs, which a fresh run never sees.
/// </summary>
public static class DayRollover
{
    public static async Task<DayRolloverResult> MeasureAsync(InProcessMatching matching, RankingWorkload workload, int days, Action<string> log)
    {
        var perDay = new List<double[]>();
        var vacancies = workload.Vacancies;
        try
        {
            for (var day = 1; day <= days; day++)
            {
                matching.Clock.MoveTo(day);
                var samples = new double[vacancies];
                for (var v = 0; v < vacancies; v++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await matching.Ranker.RankAsync(workload.Request(v), CancellationToken.None);
                    samples[v] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
                perDay.Add(samples);
            }
        }
        finally
        {
            matching.Clock.MoveTo(0);
        }
        var stats = perDay.Select(LatencyStats.Of).ToList();
        var worst = stats.Select((s, i) => (s.P99Ms, Day: i + 1)).MaxBy(s => s.P99Ms);
        var third = Math.Max(1, days / 3);
        var first = LatencyStats.Of(perDay.Take(third).SelectMany(s => s).ToArray());
        var last = LatencyStats.Of(perDay.Skip(days - third).SelectMany(s => s).ToArray());
        var result = new DayRolloverResult(days, vacancies, third, first.MedianMs, first.P99Ms, last.MedianMs, last.P99Ms,
            worst.Day, worst.P99Ms, stats.Select(s => s.MedianMs).ToList());
        log($"  day rollover, {days} days x {vacancies} vacancies: first {third} days p50/p99 {first.MedianMs}/{first.P99Ms} ms, " +
            $"last {third} days {last.MedianMs}/{last.P99Ms} ms, worst day {worst.Day} p99 {worst.P99Ms} ms; day medians " +
            string.Join(" ", result.DayMedianMs.Select(m => m.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))));
        return result;
    }
}
