using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Matching.Search.Lucene;

/// <summary>
/// One Lucene index in a folder: a single writer, near-real-time searchers from that writer, and upserts that are
/// committed (durable) and visible to the next read before they return. Read-only, it opens no writer (a folder
/// holds one writer's lock, so only one process may write): searchers come from the folder's last commit and are
/// refreshed before each read, which costs a file check when nothing changed.
/// </summary>
internal sealed class LuceneIndexStore : IDisposable
{
    private readonly string _folder;
    private readonly FSDirectory _directory;
    private readonly IndexWriter? _writer;
    private SearcherManager? _searchers;
    // Serialises batches so each commit holds whole batches; the writer itself is thread-safe.
    private readonly Lock _writeLock = new();
    private int _disposed;

    public LuceneIndexStore(string folder, Analyzer analyzer, bool readOnly = false)
    {
        _folder = folder;
        Analyzer = analyzer;
        if (readOnly)
        {
            // The writing service may not have created the folder yet; reads see an empty index until it does.
            _directory = FSDirectory.Open(folder);
            return;
        }
        Directory.CreateDirectory(folder);
        _directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
        };
        _writer = new IndexWriter(_directory, config);
        // A first commit makes a brand-new folder a valid (empty) index on disk.
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    public Analyzer Analyzer { get; }

    public bool IsReadOnly => _writer is null;

    /// <summary>Replaces each document by its key term, commits, and refreshes so the next read sees the batch.</summary>
    public void Upsert(IReadOnlyList<(Term Key, Document Document)> documents)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (_writer is null)
            throw new InvalidOperationException(
                $"The index in '{_folder}' is open read-only (Search:ReadOnlyIndexes); only the service that owns it writes to it.");
        if (documents.Count == 0) return;
        lock (_writeLock)
        {
            foreach (var (key, document) in documents) _writer.UpdateDocument(key, document);
            _writer.Commit();
        }
        _searchers!.MaybeRefreshBlocking();
    }

    /// <summary>A value the last commit of this writer carries (see <see cref="CommitValue"/>); null read-only or when absent.</summary>
    public string? CommittedValue(string key) =>
        _writer is not null && _writer.CommitData.TryGetValue(key, out var value) ? value : null;

    /// <summary>Commits <paramref name="value"/> under <paramref name="key"/> with the index; later commits carry it on.</summary>
    public void CommitValue(string key, string value)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var writer = _writer ?? throw new InvalidOperationException($"The index in '{_folder}' is open read-only.");
        lock (_writeLock)
        {
            writer.SetCommitData(new Dictionary<string, string>(writer.CommitData, StringComparer.Ordinal) { [key] = value });
            writer.Commit();
        }
    }

    /// <summary>The value of a sorted doc-values field (a document's key) of every live document.</summary>
    public IReadOnlyList<string> KeysOf(string field) => Read(searcher =>
    {
        var keys = new List<string>(searcher.IndexReader.NumDocs);
        var value = new BytesRef();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (reader.GetSortedDocValues(field) is not { } values) continue;
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                values.Get(doc, value);
                keys.Add(value.Utf8ToString());
            }
        }
        return keys;
    });

    /// <summary>
    /// Builds each keyed document again from what is stored now and replaces it, in one commit. Holds the write lock
    /// and reads after the latest upsert, so a newer version written meanwhile is what gets rebuilt, never overwritten
    /// by an older one. A key no longer in the index is skipped.
    /// </summary>
    public void Rewrite(IReadOnlyList<Term> keys, Func<Document, Document> rebuild)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var writer = _writer ?? throw new InvalidOperationException($"The index in '{_folder}' is open read-only.");
        lock (_writeLock)
        {
            _searchers!.MaybeRefreshBlocking();
            var searcher = _searchers.Acquire();
            try
            {
                foreach (var key in keys)
                {
                    if (FindIn(searcher, key) is not { } stored) continue;
                    writer.UpdateDocument(key, rebuild(stored));
                }
            }
            finally
            {
                _searchers.Release(searcher);
            }
            writer.Commit();
        }
        _searchers.MaybeRefreshBlocking();
    }

    public T Read<T>(Func<IndexSearcher, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (Searchers() is not { } searchers) return read(EmptySearcher);
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static IndexSearcher EmptySearcher => new(new MultiReader());

    /// <summary>The writer's searchers; read-only, the folder's searchers refreshed to its last commit, or null while it holds no index.</summary>
    private SearcherManager? Searchers()
    {
        if (_writer is not null) return _searchers;
        if (_searchers is { } searchers)
        {
            searchers.MaybeRefresh();
            return searchers;
        }
        lock (_writeLock)
        {
            if (_searchers is null && Directory.Exists(_folder) && DirectoryReader.IndexExists(_directory))
                _searchers = new SearcherManager(_directory, new Bm25SearcherFactory());
            return _searchers;
        }
    }

    /// <summary>The stored document with this key, or null.</summary>
    public Document? Find(Term key) => Read(searcher => FindIn(searcher, key));

    private static Document? FindIn(IndexSearcher searcher, Term key)
    {
        var top = searcher.Search(new TermQuery(key), 1);
        return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc);
    }

    /// <summary>Live (not deleted) documents.</summary>
    public long Count() => Read(searcher => (long)searcher.IndexReader.NumDocs);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _searchers?.Dispose();
        lock (_writeLock) _writer?.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }
}
