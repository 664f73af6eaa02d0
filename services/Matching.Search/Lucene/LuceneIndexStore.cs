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
    public Document? Find(Term key) => Read(searcher =>
    {
        var top = searcher.Search(new TermQuery(key), 1);
        return top.TotalHits == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc);
    });

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
