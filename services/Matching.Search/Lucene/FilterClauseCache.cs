using Lucene.Net.Util;

namespace Matching.Search.Lucene;

/// <summary>
/// The bit sets of filter clauses per segment core (see <see cref="CachedConjunctionFilter"/>), least recently used
/// first out, within a budget of bytes over all segments. Keys that stop being asked for (yesterday's certificate
/// validity, a closed vacancy's area, a segment merged away) age out instead of filling the cache for good, so a
/// long-lived index keeps the sets today's searches use. One per index; thread-safe (see
/// <see cref="LeastRecentlyUsedCache{TKey, TValue}"/>; a set never changes once made).
/// </summary>
internal sealed class FilterClauseCache(long budgetBytes)
{
    /// <summary>The default budget: 500 sets of a million-document segment, 5,000 of a 100k one.</summary>
    public const long DefaultBudgetBytes = SearchOptions.DefaultFilterCacheMegabytes * 1024L * 1024;

    private readonly LeastRecentlyUsedCache<(object Core, string Clause), FixedBitSet> _sets = new(budgetBytes, SizeOf);

    public long BudgetBytes => budgetBytes;

    public long Bytes => _sets.Used;

    public int Count => _sets.Count;

    public long Hits => _sets.Hits;

    public long Misses => _sets.Misses;

    public long Evictions => _sets.Evictions;

    /// <summary>The cached set of <paramref name="clause"/> in the segment core <paramref name="core"/>, or a new one from <paramref name="compute"/>.</summary>
    public FixedBitSet GetOrAdd(object core, string clause, Func<FixedBitSet> compute) => _sets.GetOrAdd((core, clause), _ => compute());

    private static long SizeOf(FixedBitSet set) => set.GetBits().Length * (long)sizeof(long) + 64;
}
