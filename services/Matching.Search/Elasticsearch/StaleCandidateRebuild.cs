using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Matching.Domain.Candidates;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// Builds the candidate documents again that were built with other content than this code builds (another
/// vocabulary, reading rules or party directory: <see cref="CandidateIndexContent"/>), from the profile each stores,
/// once per process in the background while the index answers. It pages through the alias for documents whose
/// <see cref="CandidateFields.ContentFingerprint"/> is not this code's (absent included), in reference order, and
/// writes each back only if it is still the version it read (<c>if_seq_no</c>/<c>if_primary_term</c>): a document a
/// writer replaced meanwhile was built by current code already, and its version conflict (409) is no failure.
/// Replicas take turns (<see cref="IWorkLease"/>, work <see cref="LeaseName"/>): one builds while the others wait, and
/// each that follows finds nothing left that its own code would build otherwise.
/// </summary>
internal sealed class StaleCandidateRebuild(ElasticsearchClient client, AliasedIndex index, CandidateDocumentBuilder documents, bool waitForRefresh)
{
    /// <summary>Documents read and written back per round trip.</summary>
    public const int PageSize = 500;

    /// <summary>The work whose lease a pass holds.</summary>
    public const string LeaseName = "candidate-rebuild";

    private readonly Lock _gate = new();
    private Task? _run;
    private long _stale, _rebuilt, _alreadyCurrent;
    private volatile string? _waiting;
    private volatile string? _analysisNotice;
    private volatile IReadOnlyList<ElasticsearchBulkException.FailedItem> _failures = [];

    /// <summary>How long a pass that met an unreachable or busy cluster waits before it starts again.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The running (or finished) rebuild; null until started.</summary>
    public Task? Run
    {
        get { lock (_gate) return _run; }
    }

    /// <summary>Starts the rebuild on the thread pool unless it has started already; the same task either way.</summary>
    public Task Start(IWorkLease lease, CancellationToken stopping)
    {
        lock (_gate) return _run ??= Task.Run(() => RunAsync(lease, stopping), CancellationToken.None);
    }

    /// <summary>
    /// What the rebuild is doing or failed to do, and whether an index behind the alias analyses with other settings
    /// than this code creates, in words; null when neither.
    /// </summary>
    public string? Pending
    {
        get
        {
            var parts = new[] { _analysisNotice, RebuildState() }.OfType<string>().ToArray();
            return parts.Length == 0 ? null : string.Join("; ", parts);
        }
    }

    private string? RebuildState()
    {
        var run = Run;
        if (run is null || run.IsCanceled) return null;
        if (run.IsFaulted)
            return $"building the candidates again from their stored profiles failed ({Describe(run.Exception!.InnerException!)}); "
                + "they answer with the words of an earlier vocabulary until upserted again";
        var failures = _failures;
        if (run.IsCompleted)
            return failures.Count == 0 ? null
                : $"{failures.Count} candidate(s) could not be built again from their stored profiles ({Describe(failures)}); "
                    + "they answer with the words of an earlier vocabulary until upserted again";
        if (_waiting is { } waiting) return $"building the candidates again waits to retry: {waiting}";
        var stale = Interlocked.Read(ref _stale);
        if (stale == 0) return null;
        return $"building {Interlocked.Read(ref _rebuilt) + Interlocked.Read(ref _alreadyCurrent)} of {stale} candidates again: "
            + "indexed with another vocabulary, reading rules or party directory";
    }

    /// <summary>Documents this process wrote back, and those a writer had replaced before it could (for tests and diagnostics).</summary>
    public (long Rebuilt, long AlreadyCurrent) Counts => (Interlocked.Read(ref _rebuilt), Interlocked.Read(ref _alreadyCurrent));

    /// <summary>
    /// Passes until none fails for an unreachable or busy cluster (retried after <see cref="RetryDelay"/>: a pass starts
    /// again from the first stale document). Another failure ends it and stays in <see cref="Pending"/>. Each pass holds
    /// the lease; while another replica holds it, this one waits <see cref="RetryDelay"/> and asks again.
    /// </summary>
    private async Task RunAsync(IWorkLease lease, CancellationToken stopping)
    {
        while (true)
        {
            var held = await lease.TryTakeAsync(LeaseName, stopping);
            try
            {
                if (held is null)
                {
                    _waiting = "another replica is building the candidates again";
                }
                else
                {
                    var failures = await PassAsync(stopping);
                    _failures = failures;
                    _waiting = null;
                    if (failures.Count == 0 || !failures.All(f => Resilience.SearchPipelines.IsTransientStatus(f.Status))) return;
                    _waiting = $"{failures.Count} document(s) refused for load";
                }
            }
            catch (ElasticsearchCallException e) when (e.IsTransient && !stopping.IsCancellationRequested)
            {
                _waiting = e.Message;
            }
            finally
            {
                if (held is not null) await held.DisposeAsync();
            }
            await Task.Delay(RetryDelay, stopping);
        }
    }

    private async Task<IReadOnlyList<ElasticsearchBulkException.FailedItem>> PassAsync(CancellationToken cancellationToken)
    {
        await index.EnsureCreatedAsync(cancellationToken);
        await CheckAnalysisAsync(cancellationToken);
        var count = await client.CountAsync(new CountRequest(index.Alias) { Query = Stale() }, cancellationToken);
        if (!count.IsValidResponse) throw ElasticsearchCallException.For("count candidates built with other content", count);
        Interlocked.Exchange(ref _stale, count.Count);
        Interlocked.Exchange(ref _rebuilt, 0);
        Interlocked.Exchange(ref _alreadyCurrent, 0);
        var failures = new List<ElasticsearchBulkException.FailedItem>();
        ICollection<FieldValue>? after = null;
        while (count.Count > 0)
        {
            var page = await client.SearchAsync<CandidateProfileSource>(PageRequest(after), cancellationToken);
            if (!page.IsValidResponse) throw ElasticsearchCallException.For("read candidates built with other content", page);
            var hits = page.Hits;
            if (hits.Count == 0) break;
            await WriteBackAsync(hits, failures, cancellationToken);
            after = [.. hits.Last().Sort ?? throw new InvalidOperationException("A sorted hit came back without its sort values.")];
            if (hits.Count < PageSize) break;
        }
        return failures;
    }

    /// <summary>
    /// Notes every physical index behind the alias whose mapping records another analysis than this code's
    /// (<see cref="PortfolioAnalysis.Fingerprint"/>): building its documents again cannot change how it splits and stems
    /// them, only a new version can (<see cref="AliasedIndex.ReindexAsync"/>, which analyses every document anew). An
    /// index created before the analysis was recorded records none and is not noted: what it analyses with is unknown.
    /// </summary>
    private async Task CheckAnalysisAsync(CancellationToken cancellationToken)
    {
        var response = await client.Indices.GetMappingAsync(new GetMappingRequest(index.Alias), cancellationToken);
        if (!response.IsValidResponse)
        {
            var error = ElasticsearchCallException.For($"read the mapping of {index.Alias}", response);
            if (error.IsTransient) throw error;
            // Not allowed to read it, say: the documents can still be built again.
            _analysisNotice = $"the analysis settings of {index.Alias} could not be checked ({error.Message})";
            return;
        }
        var other = response.Mappings
            .Where(m => m.Value.Mappings?.Meta is { } meta && meta.TryGetValue(CandidateIndexMapping.AnalysisMetaKey, out var recorded)
                && recorded?.ToString() != PortfolioAnalysis.Fingerprint)
            .Select(m => m.Key).Order(StringComparer.Ordinal).ToArray();
        _analysisNotice = other.Length == 0 ? null
            : $"{string.Join(", ", other)} analyses portfolios with other settings (compound words, analysis chain) than this code creates: "
                + $"move {index.Alias} to a new version (AliasedIndex.ReindexAsync) to analyse them as this code does";
    }

    /// <summary>Documents built with other content than this code's, or before the fingerprint was stored at all.</summary>
    private BoolQuery Stale() => new()
    {
        MustNot = [new TermQuery(CandidateFields.ContentFingerprint, documents.ContentFingerprint)],
    };

    /// <summary>
    /// The next page after <paramref name="after"/>, in reference order (unique, so no document is skipped or read twice),
    /// with each hit's sequence number and primary term, and of its source the profile alone.
    /// </summary>
    private SearchRequest PageRequest(ICollection<FieldValue>? after) => new(index.Alias)
    {
        Query = Stale(),
        Sort = [new FieldSort(CandidateFields.Reference) { Order = SortOrder.Asc }],
        SearchAfter = after,
        Size = PageSize,
        SeqNoPrimaryTerm = true,
        TrackTotalHits = false,
        Source = CandidateProfileSource.Filter,
    };

    private async Task WriteBackAsync(
        IReadOnlyCollection<Hit<CandidateProfileSource>> hits, List<ElasticsearchBulkException.FailedItem> failures, CancellationToken cancellationToken)
    {
        var request = new BulkRequest(index.Alias)
        {
            Refresh = waitForRefresh ? Refresh.WaitFor : null,
            RequireAlias = true,
            // A parse error must not quote the document (profile contents) back into an error message.
            IncludeSourceOnError = false,
            Operations = [],
        };
        foreach (var hit in hits)
        {
            var id = hit.Id ?? throw new InvalidOperationException("A hit came back without _id.");
            var profile = ReadProfile(hit);
            if (profile is null)
            {
                failures.Add(new(id, 0, "stored profile unreadable"));
                continue;
            }
            request.Operations.Add(new BulkIndexOperation<CandidateDocument>(documents.Build(profile))
            {
                Id = id,
                // Only over the version read: never an unconditional write of an older profile.
                IfSequenceNumber = hit.SeqNo ?? throw new InvalidOperationException("A hit came back without _seq_no although asked for it."),
                IfPrimaryTerm = hit.PrimaryTerm ?? throw new InvalidOperationException("A hit came back without _primary_term although asked for it."),
            });
        }
        if (request.Operations.Count == 0) return;
        var response = await client.BulkAsync(request, cancellationToken);
        var items = response.Items ?? [];
        if (items.Count == 0) throw ElasticsearchCallException.For("write back candidates built again", response);
        foreach (var item in items)
        {
            if (item.Error is null && item.Status is >= 200 and <= 299) Interlocked.Increment(ref _rebuilt);
            // Replaced by a writer after it was read: built by current code already.
            else if (item.Status == 409) Interlocked.Increment(ref _alreadyCurrent);
            else failures.Add(BulkUpsert.FailedItemOf(item));
        }
    }

    private static CandidateProfile? ReadProfile(Hit<CandidateProfileSource> hit)
    {
        try
        {
            return hit.Source?.ToProfile();
        }
        catch (JsonException)
        {
            // The message may quote the stored value: the failure names the document only.
            return null;
        }
    }

    private static string Describe(IReadOnlyList<ElasticsearchBulkException.FailedItem> failures)
    {
        var first = failures[0];
        return $"first {first.Id}" + (first.Status > 0 ? $" (HTTP {first.Status})" : "") + $": {first.Reason}";
    }

    private static string Describe(Exception error) => error is ElasticsearchCallException or ElasticsearchBulkException
        ? error.Message
        : error.GetType().Name;
}
