using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Matching.Search.Lucene;

/// <summary>
/// The candidate search collected into its top window (score, then reference) in two phases, so a document that
/// cannot enter the window is never BM25-scored. First the text disjunction, led by each segment's eligible set
/// (filter first, as the filtered query did), scores only the eligible documents sharing a word with the vacancy;
/// each of those scores above 0 (see <see cref="CandidateQueryBuilder"/>). Every other eligible document scores
/// exactly 0, so only when fewer than the window have a word in common are the rest offered at score 0, where the
/// reference alone orders them. The total is the eligible sets' size. The result is what one pass of the text query
/// plus a zero-boost match-all clause over every eligible document returned: the same documents, order, scores and
/// total (<c>Collecting_the_window_in_two_phases</c> compares both).
/// <para>
/// On a large index with nothing else searching, the segments are searched in parallel, each into its own window,
/// and the windows merged (ties between segments go to the earlier segment, as in one pass). Under concurrent
/// searches the cores are busy already, and one pass costs less in all.
/// </para>
/// </summary>
internal static class WindowSearch
{
    private static readonly Sort ScoreThenReference =
        new(SortField.FIELD_SCORE, new SortField(CandidateFields.Reference, SortFieldType.STRING));

    /// <summary>Below this many documents one pass is fast enough that splitting it costs more than it saves.</summary>
    public const int ParallelFromDocuments = 250_000;

    private static int _inFlight;

    public static TopDocs Run(IndexSearcher searcher, Weight text, EligibilityFilter eligibility, int window)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        try
        {
            var reader = searcher.IndexReader;
            var parallel = reader.MaxDoc >= ParallelFromDocuments && reader.Leaves.Count > 1 && inFlight <= Environment.ProcessorCount / 2;
            return parallel ? InParallel(searcher, text, eligibility, window) : InOnePass(searcher, text, eligibility, window);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>The eligible documents, without collecting any.</summary>
    public static int Count(IndexSearcher searcher, EligibilityFilter eligibility)
    {
        var total = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
            total += eligibility.Eligible(leaf, leaf.AtomicReader.LiveDocs)?.Cardinality ?? 0;
        return total;
    }

    internal static TopDocs InOnePass(IndexSearcher searcher, Weight text, EligibilityFilter eligibility, int window)
    {
        var collector = Collector(window, fillFields: false);
        var segments = searcher.IndexReader.Leaves.Select(leaf => SegmentPass.ScoreText(leaf, text, eligibility, collector)).ToArray();
        if (segments.Sum(s => s.TextMatches) < window)
            foreach (var segment in segments) segment.FillByReference(collector);
        var top = collector.GetTopDocs();
        top.TotalHits = segments.Sum(s => s.Eligible);
        return top;
    }

    internal static TopDocs InParallel(IndexSearcher searcher, Weight text, EligibilityFilter eligibility, int window)
    {
        var leaves = searcher.IndexReader.Leaves;
        var collectors = new TopFieldCollector[leaves.Count];
        var segments = new SegmentPass[leaves.Count];
        Parallel.For(0, leaves.Count, i =>
        {
            // Sort values filled in, so the windows can be merged by value.
            collectors[i] = Collector(window, fillFields: true);
            segments[i] = SegmentPass.ScoreText(leaves[i], text, eligibility, collectors[i]);
        });
        var fill = segments.Sum(s => s.TextMatches) < window;
        var perSegment = new TopDocs[leaves.Count];
        Parallel.For(0, leaves.Count, i =>
        {
            if (fill) segments[i].FillByReference(collectors[i]);
            perSegment[i] = collectors[i].GetTopDocs();
            perSegment[i].TotalHits = segments[i].Eligible;
        });
        return TopDocs.Merge(ScoreThenReference, window, perSegment);
    }

    private static TopFieldCollector Collector(int window, bool fillFields) =>
        TopFieldCollector.Create(ScoreThenReference, window, fillFields, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);

    /// <summary>One segment's part: its eligible count, its text matches (collected) and the eligible documents left.</summary>
    private sealed class SegmentPass(AtomicReaderContext leaf, FixedBitSet? rest, int eligible, int textMatches)
    {
        public int Eligible => eligible;

        public int TextMatches => textMatches;

        /// <summary>
        /// Collects the eligible documents the text matches, leap-frogging between the eligible set and the text
        /// scorer, and clears them from the set, which keeps the eligible documents without a word in common.
        /// </summary>
        public static SegmentPass ScoreText(AtomicReaderContext leaf, Weight text, EligibilityFilter eligibility, ICollector collector)
        {
            var set = eligibility.Eligible(leaf, leaf.AtomicReader.LiveDocs);
            var count = set?.Cardinality ?? 0;
            // The eligible set has the deletes applied already.
            var scorer = count > 0 ? text.GetScorer(leaf, null) : null;
            if (set is null || scorer is null) return new SegmentPass(leaf, set, count, 0);
            collector.SetNextReader(leaf);
            collector.SetScorer(scorer);
            var matches = 0;
            var textDoc = -1;
            for (var doc = set.NextSetBit(0); doc >= 0;)
            {
                if (textDoc < doc) textDoc = scorer.Advance(doc);
                if (textDoc == DocIdSetIterator.NO_MORE_DOCS) break;
                if (textDoc == doc)
                {
                    collector.Collect(doc);
                    matches++;
                    set.Clear(doc);
                    doc = NextEligible(set, doc + 1);
                }
                else doc = NextEligible(set, textDoc);
            }
            return new SegmentPass(leaf, set, count, matches);
        }

        /// <summary>Offers the eligible documents without a word in common at score 0: the reference orders them.</summary>
        public void FillByReference(ICollector collector)
        {
            if (rest is null || eligible == textMatches) return;
            var zero = new ZeroScorer();
            collector.SetNextReader(leaf);
            collector.SetScorer(zero);
            for (var doc = rest.NextSetBit(0); doc >= 0; doc = NextEligible(rest, doc + 1))
            {
                zero.Doc = doc;
                collector.Collect(doc);
            }
        }

        private static int NextEligible(FixedBitSet set, int from) => from < set.Length ? set.NextSetBit(from) : -1;
    }

    /// <summary>Scores the document being offered 0 (its id kept current for the collector's per-document score cache).</summary>
    private sealed class ZeroScorer() : Scorer(null!)
    {
        public int Doc { get; set; } = -1;

        public override int DocID => Doc;

        public override float GetScore() => 0f;

        public override int Freq => 0;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 0;
    }
}
