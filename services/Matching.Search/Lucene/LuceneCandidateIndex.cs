using Lucene.Net.Analysis.Nl;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Matching.Domain.Candidates;
using Matching.Domain.Parties;

namespace Matching.Search.Lucene;

/// <summary>
/// The embedded candidate index: Lucene on a local folder, Dutch analysis and BM25 over the e-portfolio,
/// all <see cref="CandidateQuery"/> conditions as filters that add nothing to the score.
/// </summary>
public sealed class LuceneCandidateIndex : ICandidateIndex, IDisposable
{
    private static readonly Sort ScoreThenReference =
        new(SortField.FIELD_SCORE, new SortField(CandidateFields.Reference, SortFieldType.STRING));

    private readonly LuceneIndexStore _store;
    private readonly CandidateDocumentBuilder _documents;
    private readonly CandidateQueryBuilder _queries;

    /// <param name="folder">Folder of the index files; created when missing.</param>
    /// <param name="parties">Looks up each owner's subregion and region, which consent filtering needs.</param>
    /// <param name="readOnly">Opens no writer: reads follow another process's commits, writes throw.</param>
    public LuceneCandidateIndex(string folder, PartyDirectory parties, bool readOnly = false)
    {
        _store = new LuceneIndexStore(folder, new DutchAnalyzer(LuceneVersion.LUCENE_48), readOnly);
        _documents = new CandidateDocumentBuilder(parties);
        _queries = new CandidateQueryBuilder(_store.Analyzer);
    }

    public Task UpsertAsync(IReadOnlyCollection<CandidateProfile> profiles, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _store.Upsert(profiles.Select(p => (CandidateDocumentBuilder.KeyOf(p.Reference), _documents.Build(p))).ToArray());
        return Task.CompletedTask;
    }

    public Task<CandidateProfile?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = _store.Find(CandidateDocumentBuilder.KeyOf(reference));
        return Task.FromResult(document is null ? null : SourceField.Read<CandidateProfile>(document));
    }

    public Task<CandidateSearchResult> SearchAsync(CandidateQuery query, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var lucene = _queries.Build(query);
        return Task.FromResult(_store.Read(searcher => Search(searcher, lucene, query.Size)));
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_store.Count());
    }

    public void Dispose() => _store.Dispose();

    private static CandidateSearchResult Search(IndexSearcher searcher, Query query, int size)
    {
        if (size <= 0)
        {
            var counter = new TotalHitCountCollector();
            searcher.Search(query, counter);
            return new CandidateSearchResult(counter.TotalHits, []);
        }
        // The collector allocates its queue up front: never larger than the index.
        var window = Math.Min(size, Math.Max(1, searcher.IndexReader.MaxDoc));
        var collector = TopFieldCollector.Create(ScoreThenReference, window,
            fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(query, collector);
        var top = collector.GetTopDocs();
        var hits = top.ScoreDocs
            .Select(hit => new CandidateHit(SourceField.Read<CandidateProfile>(searcher.Doc(hit.Doc)), hit.Score))
            .ToArray();
        return new CandidateSearchResult(top.TotalHits, hits);
    }
}
