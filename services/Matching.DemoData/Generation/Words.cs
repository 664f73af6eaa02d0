namespace Matching.DemoData.Generation;

internal static class Words
{
    /// <summary>
    /// Fills <paramref name="into"/> with distinct words: consecutive entries from a random start with a random
    /// stride, which avoids the retries and allocations of shuffling for a handful of picks.
    /// </summary>
    public static void PickDistinct(DemoRandom random, string[] source, Span<string?> into)
    {
        var start = random.Next(source.Length);
        var stride = source.Length > 2 && random.Chance(0.5) && source.Length % 2 == 1 ? 2 : 1;
        for (var i = 0; i < into.Length && i < source.Length; i++)
            into[i] = source[(start + i * stride) % source.Length];
    }
}
