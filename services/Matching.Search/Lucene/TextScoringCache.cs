using System.Runtime.CompilerServices;
using Lucene.Net.Search;

namespace Matching.Search.Lucene;

/// <summary>The text query's normalised weight on one searcher, and its <see cref="TextReference"/> there.</summary>
internal sealed record TextScoring(Weight Weight, double Reference);

/// <summary>
/// Keeps each searcher's <see cref="TextScoring"/> per vacancy text, the most recently used
/// <paramref name="capacity"/> of them. Building a weight looks every term up in every segment (a terms enumerator
/// and BM25 statistics per term and segment: ~0.6 MB and most of the floor's time at 100k), and a vacancy is ranked
/// again and again against the same searcher. A weight is immutable once normalised and safe to score segments
/// with from several threads; it belongs to its searcher (the statistics are the reader's), so a refreshed searcher
/// starts with an empty cache and the old one goes with its searcher.
/// </summary>
internal sealed class TextScoringCache(int capacity = TextScoringCache.DefaultCapacity)
{
    /// <summary>Texts kept per searcher: a weight holds ~1 KB per term plus a term state per term and segment.</summary>
    public const int DefaultCapacity = 256;

    private readonly ConditionalWeakTable<IndexSearcher, PerSearcher> _searchers = new();
    private long _hits, _misses;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public TextScoring For(IndexSearcher searcher, CandidateMatchQuery query)
    {
        var cache = _searchers.GetValue(searcher, _ => new PerSearcher(capacity));
        if (cache.TryGet(query.TextKey, out var scoring))
        {
            Interlocked.Increment(ref _hits);
            return scoring;
        }
        Interlocked.Increment(ref _misses);
        scoring = new TextScoring(searcher.CreateNormalizedWeight(query.Text), TextReference.Of(searcher.IndexReader, query.TextTerms));
        return cache.Add(query.TextKey, scoring);
    }

    /// <summary>Least recently used out first; a short lock per lookup (weights are built outside it).</summary>
    private sealed class PerSearcher(int capacity)
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, LinkedListNode<(string Key, TextScoring Scoring)>> _entries = new(StringComparer.Ordinal);
        // Most recently used first.
        private readonly LinkedList<(string Key, TextScoring Scoring)> _recency = new();

        public bool TryGet(string key, out TextScoring scoring)
        {
            lock (_lock)
            {
                if (!_entries.TryGetValue(key, out var node))
                {
                    scoring = null!;
                    return false;
                }
                _recency.Remove(node);
                _recency.AddFirst(node);
                scoring = node.Value.Scoring;
                return true;
            }
        }

        public TextScoring Add(string key, TextScoring scoring)
        {
            if (capacity <= 0) return scoring;
            lock (_lock)
            {
                // Another search may have built the same weight meanwhile: keep one.
                if (_entries.TryGetValue(key, out var existing)) return existing.Value.Scoring;
                _entries[key] = _recency.AddFirst((key, scoring));
                while (_entries.Count > capacity && _recency.Last is { } oldest)
                {
                    _recency.RemoveLast();
                    _entries.Remove(oldest.Value.Key);
                }
                return scoring;
            }
        }
    }
}
