using Matching.Domain.Occupations;

namespace Matching.Benchmarks;

/// <summary>
/// The cost of one occupation normalisation, uncached (the ranker remembers results; this is the first sight of a
/// title): every ESCO preferred and alternative label, the same inside longer titles, compounds and unknown words.
/// A running service has compiled every path of the normaliser long before, so the series starts after one unmeasured
/// call per two measured ones over the labels the series does not use, in the same shapes: the first call down a rare
/// path (a typo mended, a spelling variant) would otherwise time the JIT, not the normaliser. It runs after the size's
/// host has stopped and after a full collection: a call takes microseconds, so the host's work on the other core or a
/// background collection of the ranking series' garbage (gigabytes at 1M) would otherwise decide the slowest 1%.
/// </summary>
public static class OccupationNormalising
{
    public static LatencyStats Measure(int calls)
    {
        var normaliser = OccupationNormaliser.Esco;
        var labels = normaliser.Catalogue.Occupations.SelectMany(o => o.AltLabels.Take(2).Prepend(o.PreferredLabel)).ToArray();
        string[] shapes = ["{0}", "Ervaren {0} (m/v) gezocht", "{0}hulp", "allround medewerker"];
        string Text(int i, int label) => string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[i % shapes.Length], labels[label]);
        var measured = Enumerable.Range(0, calls).Select(i => i * 7919 % labels.Length).ToHashSet();
        var unmeasured = Enumerable.Range(0, labels.Length).Where(label => !measured.Contains(label)).Take(calls / 2).ToArray();
        WarmUp(() =>
        {
            for (var i = 0; i < unmeasured.Length; i++) _ = normaliser.Normalise(Text(i, unmeasured[i]));
        });
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var samples = new double[calls];
        for (var i = 0; i < calls; i++)
        {
            var text = Text(i, i * 7919 % labels.Length);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            _ = normaliser.Normalise(text);
            samples[i] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return LatencyStats.Of(samples);
    }

    /// <summary>Rounds of warm-up at most: a round takes about a tenth of a second.</summary>
    private const int MaxWarmUpRounds = 20;

    /// <summary>
    /// Runs the warm-up round until a round compiles no method: the runtime compiles a method quickly first and again,
    /// optimised, in the background once it has been called often and calls have paused for a moment. A running service
    /// has long done both; a series started before would time the first, slower code.
    /// </summary>
    private static void WarmUp(Action round)
    {
        for (var rounds = 0; rounds < MaxWarmUpRounds; rounds++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            round();
            Thread.Sleep(TimeSpan.FromMilliseconds(200));
            if (System.Runtime.JitInfo.GetCompiledMethodCount() == compiled) return;
        }
    }
}
