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

    private readonly ConditionalWeakTable<IndexSearcher, LeastRecentlyUsedCache<string, TextScoring>> _searchers = new();
    private long _hits, _misses;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public TextScoring For(IndexSearcher searcher, CandidateMatchQuery query)
    {
        var cache = _searchers.GetValue(searcher, _ => new LeastRecentlyUsedCache<string, TextScoring>(capacity, _ => 1, StringComparer.Ordinal));
        var built = false;
        var scoring = cache.GetOrAdd(query.TextKey, _ =>
        {
            built = true;
            return new TextScoring(searcher.CreateNormalizedWeight(query.Text), TextReference.Of(searcher.IndexReader, query.TextTerms));
        });
        Interlocked.Increment(ref built ? ref _misses : ref _hits);
        return scoring;
    }
}
