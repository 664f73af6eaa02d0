using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Matching.Search.Lucene;

/// <summary>
/// The documents every clause matches, where each clause's matches are computed once per segment and kept as a
/// bit set under a key naming the clause (e.g. "step:3-5") in the index's <see cref="FilterClauseCache"/>: the
/// filters of a search repeat across calls (status, visibility per requester, treden, hours, a vacancy's area), and
/// rebuilding them, the numeric ranges above all, was most of the index's own latency. Sets are computed without
/// deletes (a segment core's postings never change, so no entry goes stale); the deletes of the reader at hand are
/// applied per call.
/// </summary>
internal sealed class CachedConjunctionFilter(IReadOnlyList<(string Key, Query Query)> clauses, FilterClauseCache cache) : EligibilityFilter
{
    public override FixedBitSet? Eligible(AtomicReaderContext context, IBits? acceptDocs)
    {
        var core = context.AtomicReader.CoreCacheKey;
        FixedBitSet? result = null;
        foreach (var (key, query) in clauses)
        {
            var matches = cache.GetOrAdd(core, key, () => Matches(context, query));
            if (result is null) result = (FixedBitSet)matches.Clone();
            else result.And(matches);
        }
        if (result is null) return null;
        if (acceptDocs is not null)
            for (var doc = result.NextSetBit(0); doc >= 0; doc = doc + 1 < result.Length ? result.NextSetBit(doc + 1) : -1)
                if (!acceptDocs.Get(doc)) result.Clear(doc);
        return result;
    }

    private static FixedBitSet Matches(AtomicReaderContext context, Query query)
    {
        var matches = new FixedBitSet(context.AtomicReader.MaxDoc);
        var iterator = new QueryWrapperFilter(query).GetDocIdSet(context, null)?.GetIterator();
        if (iterator is not null) matches.Or(iterator);
        return matches;
    }
}
