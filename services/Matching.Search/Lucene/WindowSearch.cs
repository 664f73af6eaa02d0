using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Matching.Search.Lucene;

/// <summary>
/// The candidate query collected into its top window (score, then reference). On a large index with nothing else
/// searching, the segments are searched in parallel, each into its own window, and the windows merged: the same
/// documents in the same order with the same scores (one weight for all segments, each segment scored in document
/// order as before; ties between segments go to the earlier segment, as in one pass). Under concurrent searches
/// the cores are busy already, and one pass costs less in all.
/// </summary>
internal static class WindowSearch
{
    private static readonly Sort ScoreThenReference =
        new(SortField.FIELD_SCORE, new SortField(CandidateFields.Reference, SortFieldType.STRING));

    /// <summary>Below this many documents one pass is fast enough that splitting it costs more than it saves.</summary>
    public const int ParallelFromDocuments = 250_000;

    private static int _inFlight;

    public static TopDocs Run(IndexSearcher searcher, Query query, int window)
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        try
        {
            var reader = searcher.IndexReader;
            var parallel = reader.MaxDoc >= ParallelFromDocuments && reader.Leaves.Count > 1 && inFlight <= Environment.ProcessorCount / 2;
            return parallel ? InParallel(searcher, query, window) : InOnePass(searcher, query, window);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    internal static TopDocs InOnePass(IndexSearcher searcher, Query query, int window)
    {
        var collector = TopFieldCollector.Create(ScoreThenReference, window,
            fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(query, collector);
        return collector.GetTopDocs();
    }

    internal static TopDocs InParallel(IndexSearcher searcher, Query query, int window)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var perSegment = new TopDocs[leaves.Count];
        Parallel.For(0, leaves.Count, i =>
        {
            var leaf = leaves[i];
            // Sort values filled in, so the windows can be merged by value.
            var collector = TopFieldCollector.Create(ScoreThenReference, window,
                fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            collector.SetNextReader(leaf);
            weight.GetBulkScorer(leaf, scoreDocsInOrder: true, leaf.AtomicReader.LiveDocs)?.Score(collector);
            perSegment[i] = collector.GetTopDocs();
        });
        return TopDocs.Merge(ScoreThenReference, window, perSegment);
    }
}
