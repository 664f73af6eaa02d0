using Matching.Domain.Occupations;

namespace Matching.Benchmarks;

/// <summary>
/// The cost of one occupation normalisation, uncached (the ranker remembers results; this is the first sight of a
/// title): every ESCO preferred and alternative label, the same inside longer titles, compounds and unknown words.
/// </summary>
public static class OccupationNormalising
{
    public static LatencyStats Measure(int calls)
    {
        var normaliser = OccupationNormaliser.Esco;
        var labels = normaliser.Catalogue.Occupations.SelectMany(o => o.AltLabels.Take(2).Prepend(o.PreferredLabel)).ToArray();
        string[] shapes = ["{0}", "Ervaren {0} (m/v) gezocht", "{0}hulp", "allround medewerker"];
        var samples = new double[calls];
        for (var i = 0; i < calls + 200; i++)
        {
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, shapes[i % shapes.Length], labels[i * 7919 % labels.Length]);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            _ = normaliser.Normalise(text);
            if (i >= 200) samples[i - 200] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return LatencyStats.Of(samples);
    }
}
