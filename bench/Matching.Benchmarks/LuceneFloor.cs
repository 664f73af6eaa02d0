using Lucene.Net.Search;
using Lucene.Net.Util;
using Matching.Search;
using Matching.Search.Lucene;

namespace Matching.Benchmarks;

/// <summary>
/// The engine's floor: the backend's own Lucene query (every filter, BM25 text) collected into the same
/// score-then-reference top-k window, without loading a stored document. Nothing that returns the same candidates
/// from this index can be faster, so the ranking's overhead is its latency divided by this one.
/// </summary>
public sealed class LuceneFloor : IDisposable
{
    private readonly LuceneIndexStore _store;
    private readonly CandidateQueryBuilder _queries;
    private readonly TextScoringCache _textScoring = new();

    public LuceneFloor(string candidateFolder)
    {
        _store = new LuceneIndexStore(candidateFolder, new DutchCompoundAnalyzer(), readOnly: true);
        _queries = new CandidateQueryBuilder(_store.Analyzer, new FilterClauseCache(FilterClauseCache.DefaultBudgetBytes));
    }

    /// <summary>Total eligible and the doc ids of the window, as the index would return them.</summary>
    public (int TotalEligible, int[] Docs) Search(CandidateQuery query)
    {
        var match = _queries.Build(query);
        return _store.Read(searcher =>
        {
            var window = Math.Min(query.Size, Math.Max(1, searcher.IndexReader.MaxDoc));
            // The index's own retrieval (cached text weights, two phases, segments in parallel on a large idle
            // index), so the floor stays a floor.
            var text = _textScoring.For(searcher, match);
            var top = WindowSearch.Run(searcher, text.Weight, match.Eligibility, window);
            return (top.TotalHits, top.ScoreDocs.Select(d => d.Doc).ToArray());
        });
    }

    public void Dispose() => _store.Dispose();
}
