using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Matching.Search.Lucene;

/// <summary>
/// A filter whose matches in a segment come as a bit set the caller owns (a fresh one per call, deletes applied), so
/// a search can count it, walk it and clear from it what it has already collected (see <see cref="WindowSearch"/>).
/// </summary>
internal abstract class EligibilityFilter : Filter
{
    /// <summary>The eligible documents of the segment, not deleted per <paramref name="acceptDocs"/>; null when none can be.</summary>
    public abstract FixedBitSet? Eligible(AtomicReaderContext context, IBits? acceptDocs);

    public sealed override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs) =>
        Eligible(context, acceptDocs) is { } set ? new IteratedDocIdSet(set) : null;

    /// <summary>
    /// Offers the set as an iterator only, so a filtered query keeps leading with the filter (as it did with the
    /// query-wrapper filter) instead of switching to random access over every document the text query matches.
    /// </summary>
    private sealed class IteratedDocIdSet(FixedBitSet set) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => set.GetIterator();

        public override bool IsCacheable => true;
    }
}
