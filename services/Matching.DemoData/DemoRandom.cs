namespace Matching.DemoData;

/// <summary>
/// A small seeded generator (SplitMix64). Owned here rather than <see cref="Random"/> so that the same seed gives
/// the same data on every runtime version, and cheap enough for millions of profiles.
/// </summary>
internal sealed class DemoRandom(ulong seed)
{
    private ulong _state = seed;

    public static DemoRandom ForStream(int seed, ulong stream) =>
        new(((ulong)(uint)seed << 32 | (uint)seed) ^ (stream * 0x9E3779B97F4A7C15UL));

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [min, maxExclusive).</summary>
    public int Next(int min, int maxExclusive) => min + (int)(NextDouble() * (maxExclusive - min));

    public int Next(int maxExclusive) => Next(0, maxExclusive);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(T[] items) => items[Next(items.Length)];
}
