namespace Matching.Benchmarks;

/// <summary>Latency of a series of calls in milliseconds: percentiles from the sorted samples (nearest rank).</summary>
public sealed record LatencyStats(int Count, double MedianMs, double P99Ms, double MeanMs, double MinMs, double MaxMs)
{
    public static LatencyStats Of(IReadOnlyCollection<double> samplesMs)
    {
        if (samplesMs.Count == 0) throw new ArgumentException("No samples.", nameof(samplesMs));
        var sorted = samplesMs.Order().ToArray();
        return new LatencyStats(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.99),
            Round(sorted.Average()), Round(sorted[0]), Round(sorted[^1]));
    }

    /// <summary>Nearest-rank percentile: the smallest sample with at least <paramref name="p"/> of the samples at or below it.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return Round(sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)]);
    }

    private static double Round(double value) => Math.Round(value, 3);
}
