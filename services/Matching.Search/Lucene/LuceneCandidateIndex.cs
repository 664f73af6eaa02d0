using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Matching.Domain.Candidates;
using Matching.Domain.Parties;

namespace Matching.Search.Lucene;

/// <summary>
/// The embedded candidate index: Lucene on a local folder, Dutch analysis and BM25 over the e-portfolio,
/// all <see cref="CandidateQuery"/> conditions as filters that add nothing to the score. Documents indexed with other
/// content than this code builds (another vocabulary, reading rules or party directory: <see cref="CandidateIndexContent"/>)
/// are built again from their stored profiles in the background on opening, while the index answers.
/// </summary>
public sealed class LuceneCandidateIndex : ICandidateIndex, IIndexMaintenance, IDisposable
{
    /// <summary>Documents rebuilt per commit while analysing again: small enough that upserts wait little for the write lock.</summary>
    private const int ReanalysisBatch = 500;

    /// <summary>The commit's user-data key the content fingerprint (<see cref="CandidateIndexContent"/>) is stored under.</summary>
    private const string ContentCommitKey = "matching.candidate-content";

    /// <summary>Raise when <see cref="CandidateDocumentBuilder"/> or <see cref="PortfolioText"/> indexes something else for the same profile.</summary>
    private const int DocumentFormat = 1;

    private readonly LuceneIndexStore _store;
    private readonly CandidateDocumentBuilder _documents;
    private readonly CandidateQueryBuilder _queries;
    private readonly ProfileCache _profiles;
    /// <summary>The fingerprint of what this code puts in a document besides the profile (<see cref="CandidateIndexContent"/>).</summary>
    private readonly string _content;
    private long _toReanalyse, _reanalysed;
    private readonly CancellationTokenSource _stopWarmUp = new();
    private readonly Lock _warmUpLock = new();
    private Task _warmUp = Task.CompletedTask;
    private bool _warmUpQueued;

    /// <param name="folder">Folder of the index files; created when missing.</param>
    /// <param name="parties">Looks up each owner's subregion and region, which consent filtering needs.</param>
    /// <param name="readOnly">Opens no writer: reads follow another process's commits, writes throw.</param>
    /// <param name="profileCacheSize">Deserialised profiles kept in memory for search hits (0: none); see <see cref="SearchOptions.ProfileCacheSize"/>.</param>
    /// <param name="filterCacheMegabytes">Memory for cached filter clauses; see <see cref="SearchOptions.FilterCacheMegabytes"/>.</param>
    public LuceneCandidateIndex(string folder, PartyDirectory parties, bool readOnly = false, int profileCacheSize = SearchOptions.DefaultProfileCacheSize,
        int filterCacheMegabytes = SearchOptions.DefaultFilterCacheMegabytes)
    {
        _store = new LuceneIndexStore(folder, new DutchCompoundAnalyzer(), readOnly);
        _documents = new CandidateDocumentBuilder(parties);
        FilterCache = new FilterClauseCache(filterCacheMegabytes * 1024L * 1024);
        _queries = new CandidateQueryBuilder(_store.Analyzer, FilterCache);
        _profiles = new ProfileCache(profileCacheSize);
        TextScoring = new TextScoringCache();
        _content = CandidateIndexContent.Fingerprint(parties, DocumentFormat);
        Reanalysis = readOnly ? Task.CompletedTask : ReanalyseIfStale();
        if (profileCacheSize > 0) WarmUpInBackground();
    }

    /// <summary>The background analysis of documents indexed with other content; completed at once when there are none (for tests).</summary>
    internal Task Reanalysis { get; }

    public string? Pending
    {
        get
        {
            if (Reanalysis.IsFaulted) return $"analysing the candidates again failed ({Reanalysis.Exception!.InnerException!.GetType().Name}); they answer with the words of an earlier vocabulary";
            if (Reanalysis.IsCompleted) return null;
            return $"analysing {Interlocked.Read(ref _reanalysed)} of {Interlocked.Read(ref _toReanalyse)} candidates again: indexed with another vocabulary, reading rules or party directory";
        }
    }

    private Task ReanalyseIfStale()
    {
        if (_store.CommittedValue(ContentCommitKey) == _content) return Task.CompletedTask;
        if (_store.Count() == 0)
        {
            _store.CommitValue(ContentCommitKey, _content);
            return Task.CompletedTask;
        }
        return Task.Run(Reanalyse);
    }

    /// <summary>
    /// Every document built again from its stored profile, a batch per commit, then the new fingerprint committed: a
    /// stop half-way leaves the old fingerprint, so the next opening starts again. Upserts meanwhile are built new anyway.
    /// </summary>
    private void Reanalyse()
    {
        var references = _store.KeysOf(CandidateFields.Reference);
        Interlocked.Exchange(ref _toReanalyse, references.Count);
        foreach (var batch in references.Chunk(ReanalysisBatch))
        {
            if (_stopWarmUp.IsCancellationRequested) return;
            _store.Rewrite(Array.ConvertAll(batch, CandidateDocumentBuilder.KeyOf),
                document => _documents.Build(SourceField.Read<CandidateProfile>(document)));
            Interlocked.Add(ref _reanalysed, batch.Length);
        }
        _store.CommitValue(ContentCommitKey, _content);
        WarmUpInBackground();
    }

    /// <summary>The cached filter clauses (for tests and diagnostics).</summary>
    internal FilterClauseCache FilterCache { get; }

    /// <summary>The cached text weights (for tests and diagnostics).</summary>
    internal TextScoringCache TextScoring { get; }

    /// <summary>Profiles the search cache holds now (for tests and diagnostics).</summary>
    internal int CachedProfiles => _profiles.Count;

    /// <summary>The background fill of the profile cache, finished when nothing is left to warm (for tests).</summary>
    internal Task WarmUp
    {
        get { lock (_warmUpLock) return _warmUp; }
    }

    public Task UpsertAsync(IReadOnlyCollection<CandidateProfile> profiles, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _store.Upsert(profiles.Select(p => (CandidateDocumentBuilder.KeyOf(p.Reference), _documents.Build(p))).ToArray());
        // The batch (and any merge it caused) is in new segments, whose caches start empty: warmed once the writes pause.
        if (profiles.Count > 0) WarmUpInBackground(WarmUpAfterWrites);
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
        var match = _queries.Build(query);
        return Task.FromResult(_store.Read(searcher =>
        {
            var text = TextScoring.For(searcher, match);
            return Search(searcher, text.Weight, match.Eligibility, query.Size) with { TextScoreReference = text.Reference };
        }));
    }

    public Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_store.Count());
    }

    public void Dispose()
    {
        lock (_warmUpLock)
        {
            if (_stopWarmUp.IsCancellationRequested) return;
            _stopWarmUp.Cancel();
        }
        // A pass stops at its next document (a re-analysis at its next batch); each must let go of the store before it closes.
        _warmUp.Wait();
        try
        {
            Reanalysis.Wait();
        }
        catch (AggregateException)
        {
            // Reported by Pending while it mattered; the next opening analyses again.
        }
        _stopWarmUp.Dispose();
        _store.Dispose();
    }

    /// <summary>
    /// Fills the profile cache from the current searcher on the thread pool, so neither start-up nor searches wait
    /// for it. At most one pass waits behind the running one: it starts after the latest refresh and sees every batch.
    /// </summary>
    private void WarmUpInBackground(TimeSpan quietFirst = default)
    {
        lock (_warmUpLock)
        {
            if (_warmUpQueued || _stopWarmUp.IsCancellationRequested) return;
            _warmUpQueued = true;
            var stopping = _stopWarmUp.Token;
            _warmUp = _warmUp.ContinueWith(async _ =>
            {
                if (quietFirst > TimeSpan.Zero)
                    await Task.Delay(quietFirst, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
                FillProfiles();
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    /// <summary>
    /// How long the pass after an upsert waits first: the upserts of a burst (an import, a bulk load) meanwhile join
    /// that one pass instead of each decoding the new segments again while the next batch is indexed.
    /// </summary>
    private static readonly TimeSpan WarmUpAfterWrites = TimeSpan.FromMilliseconds(500);

    private void FillProfiles()
    {
        lock (_warmUpLock) _warmUpQueued = false;
        if (_stopWarmUp.IsCancellationRequested) return;
        try
        {
            _store.Read(searcher =>
            {
                _profiles.Fill(searcher.IndexReader, _stopWarmUp.Token);
                return 0;
            });
        }
        catch (Exception)
        {
            // Best effort: an unreadable document is left to the search that hits it, which reports the error.
        }
    }

    private CandidateSearchResult Search(IndexSearcher searcher, Weight text, EligibilityFilter eligibility, int size)
    {
        if (size <= 0) return new CandidateSearchResult(WindowSearch.Count(searcher, eligibility), []);
        // The collector allocates its queue up front: never larger than the index.
        var window = Math.Min(size, Math.Max(1, searcher.IndexReader.MaxDoc));
        var top = WindowSearch.Run(searcher, text, eligibility, window);
        var leaves = searcher.IndexReader.Leaves;
        var hits = new CandidateHit[top.ScoreDocs.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            var hit = top.ScoreDocs[i];
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            hits[i] = new CandidateHit(_profiles.Load(leaf.AtomicReader, hit.Doc - leaf.DocBase), hit.Score);
        }
        return new CandidateSearchResult(top.TotalHits, hits);
    }
}
