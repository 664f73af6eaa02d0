using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Matching.Domain.Scoring;

/// <summary>
/// Values remembered by key from any thread, up to a bound, past which new keys are computed but not kept. It counts
/// its entries itself: <see cref="ConcurrentDictionary{TKey,TValue}.Count"/> takes every lock of the map, which each
/// miss of a ranking window would pay, and concurrent rankings would queue on.
/// </summary>
internal sealed class BoundedMemo<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _values = new(comparer);
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _values.TryGetValue(key, out value);

    /// <summary>Keeps the value unless the bound is reached (or another thread kept one for the key first).</summary>
    public void Remember(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) >= capacity) return;
        if (_values.TryAdd(key, value)) Interlocked.Increment(ref _count);
    }
}
