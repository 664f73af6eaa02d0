namespace Matching.Search.Lucene;

/// <summary>
/// Values by key within a budget (in whatever unit <c>cost</c> measures: bytes, or 1 per entry), least recently used
/// out first. Thread-safe with a short lock per lookup: values are computed outside it, so two searches may compute
/// the same value at once and one of them is kept; a value evicted while a caller holds it stays valid for them.
/// </summary>
internal sealed class LeastRecentlyUsedCache<TKey, TValue>(long budget, Func<TValue, long> cost, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, LinkedListNode<Entry>> _entries = new(comparer);
    // Most recently used first.
    private readonly LinkedList<Entry> _recency = new();
    private long _used;
    private long _hits, _misses, _evictions;

    public long Budget => budget;

    /// <summary>The cost of the values held now.</summary>
    public long Used
    {
        get { lock (_lock) return _used; }
    }

    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public long Evictions => Interlocked.Read(ref _evictions);

    /// <summary>The value kept for <paramref name="key"/>, or a new one from <paramref name="compute"/> (kept when it fits the budget).</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                Interlocked.Increment(ref _hits);
                return node.Value.Value;
            }
        }
        Interlocked.Increment(ref _misses);
        var value = compute(key);
        var size = cost(value);
        if (size > budget) return value;
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing)) return existing.Value.Value;
            _entries[key] = _recency.AddFirst(new Entry(key, value, size));
            _used += size;
            while (_used > budget && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _used -= oldest.Value.Size;
                Interlocked.Increment(ref _evictions);
            }
        }
        return value;
    }

    private sealed record Entry(TKey Key, TValue Value, long Size);
}
