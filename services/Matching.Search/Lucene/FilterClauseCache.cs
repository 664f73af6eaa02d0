using Lucene.Net.Util;

namespace Matching.Search.Lucene;

/// <summary>
/// The bit sets of filter clauses per segment core (see <see cref="CachedConjunctionFilter"/>), least recently used
/// first out, within a budget of bytes over all segments. Keys that stop being asked for (yesterday's certificate
/// validity, a closed vacancy's area, a segment merged away) age out instead of filling the cache for good, so a
/// long-lived index keeps the sets today's searches use. One per index; thread-safe (a short lock per lookup; sets
/// are computed outside it and never change once made, so a set evicted while a search holds it stays valid).
/// </summary>
internal sealed class FilterClauseCache(long budgetBytes)
{
    /// <summary>The default budget: 500 sets of a million-document segment, 5,000 of a 100k one.</summary>
    public const long DefaultBudgetBytes = SearchOptions.DefaultFilterCacheMegabytes * 1024L * 1024;

    private readonly Lock _lock = new();
    private readonly Dictionary<(object Core, string Clause), LinkedListNode<Entry>> _entries = new();
    // Most recently used first.
    private readonly LinkedList<Entry> _recency = new();
    private long _bytes;
    private long _hits, _misses, _evictions;

    public long BudgetBytes => budgetBytes;

    public long Bytes
    {
        get { lock (_lock) return _bytes; }
    }

    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public long Evictions => Interlocked.Read(ref _evictions);

    /// <summary>The cached set of <paramref name="clause"/> in the segment core <paramref name="core"/>, or a new one from <paramref name="compute"/>.</summary>
    public FixedBitSet GetOrAdd(object core, string clause, Func<FixedBitSet> compute)
    {
        var key = (core, clause);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                Interlocked.Increment(ref _hits);
                return node.Value.Set;
            }
        }
        Interlocked.Increment(ref _misses);
        var set = compute();
        var size = SizeOf(set);
        if (size > budgetBytes) return set;
        lock (_lock)
        {
            // Another search may have computed the same set meanwhile: keep one.
            if (_entries.TryGetValue(key, out var existing)) return existing.Value.Set;
            _entries[key] = _recency.AddFirst(new Entry(key, set, size));
            _bytes += size;
            while (_bytes > budgetBytes && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _bytes -= oldest.Value.Size;
                Interlocked.Increment(ref _evictions);
            }
        }
        return set;
    }

    private static long SizeOf(FixedBitSet set) => set.GetBits().Length * (long)sizeof(long) + 64;

    private sealed record Entry((object Core, string Clause) Key, FixedBitSet Set, long Size);
}
