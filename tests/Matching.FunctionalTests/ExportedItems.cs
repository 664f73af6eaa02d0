using System.Collections;

namespace Matching.FunctionalTests;

/// <summary>
/// What an in-memory OpenTelemetry exporter has exported, safe to read while it still adds: the exporter of a host being
/// stopped can export from its own thread while a test asserts. Every access takes one lock; a test reads a copy.
/// </summary>
internal sealed class ExportedItems<T> : ICollection<T>
{
    private readonly List<T> _items = [];
    private readonly Lock _gate = new();

    /// <summary>The items exported so far, as a copy that later exports do not change.</summary>
    public T[] Snapshot()
    {
        lock (_gate) return [.. _items];
    }

    public void Add(T item)
    {
        lock (_gate) _items.Add(item);
    }

    public void Clear()
    {
        lock (_gate) _items.Clear();
    }

    public bool Contains(T item)
    {
        lock (_gate) return _items.Contains(item);
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        lock (_gate) _items.CopyTo(array, arrayIndex);
    }

    public bool Remove(T item)
    {
        lock (_gate) return _items.Remove(item);
    }

    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }

    public bool IsReadOnly => false;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Snapshot()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
