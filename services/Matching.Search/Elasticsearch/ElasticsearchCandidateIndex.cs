using Elastic.Clients.Elasticsearch;
using Matching.Domain.Candidates;
using Matching.Domain.Parties;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// The candidate index on an Elasticsearch 9 cluster: Dutch analysis and BM25 over the e-portfolio, every
/// <see cref="CandidateQuery"/> condition as a filter that adds nothing to the score; reads and writes go through the
/// alias "{prefix}-candidates", whose physical index is created with explicit mappings on first use. Documents built
/// with other content than this code builds are built again from their stored profiles in the background once
/// <see cref="StartRebuild"/> is called (the host does at start-up), while the index answers.
/// </summary>
public sealed class ElasticsearchCandidateIndex : ICandidateIndex, IIndexMaintenance, IDisposable
{
    private readonly ElasticsearchClient _client;
    private readonly CandidateDocumentBuilder _documents;
    private readonly bool _waitForRefresh;
    private readonly CancellationTokenSource _stopRebuild = new();

    /// <param name="parties">Looks up each owner's subregion and region, which consent filtering needs.</param>
    /// <param name="waitForRefresh">Upserts return only once searchable (see <see cref="ElasticsearchOptions.WaitForRefreshOnWrite"/>).</param>
    public ElasticsearchCandidateIndex(ElasticsearchClient client, string indexPrefix, PartyDirectory parties, bool waitForRefresh = false)
    {
        _client = client;
        _documents = new CandidateDocumentBuilder(parties);
        _waitForRefresh = waitForRefresh;
        Index = new AliasedIndex(client, IndexNames.Candidates(indexPrefix), CandidateIndexMapping.CreateRequest, CandidateIndexMapping.AddedFields);
        Rebuild = new StaleCandidateRebuild(client, Index, _documents, waitForRefresh);
    }

    /// <summary>The background rebuild of documents built with other content (for tests and diagnostics).</summary>
    internal StaleCandidateRebuild Rebuild { get; }

    /// <summary>
    /// Starts building the documents again that were built with other content (once per instance; later calls return
    /// the same task), in turn with the other replicas that hold <paramref name="lease"/> (by default, as the only one).
    /// Nothing waits for it: the index answers meanwhile, and <see cref="Pending"/> says how far it is.
    /// </summary>
    public Task StartRebuild(IWorkLease? lease = null) => Rebuild.Start(lease ?? OneProcessWorkLease.Instance, _stopRebuild.Token);

    public string? Pending => Rebuild.Pending;

    /// <summary>The alias and its physical versions: <see cref="AliasedIndex.ReindexAsync"/> moves to a new mapping.</summary>
    public AliasedIndex Index { get; }

    public async Task UpsertAsync(IReadOnlyCollection<CandidateProfile> profiles, CancellationToken cancellationToken = default)
    {
        if (profiles.Count == 0) return;
        await Index.EnsureCreatedAsync(cancellationToken);
        await BulkUpsert.RunAsync(_client, Index.Alias, profiles.Select(p => (p.Reference, _documents.Build(p))).ToArray(), _waitForRefresh, cancellationToken);
    }

    public async Task<CandidateProfile?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        await Index.EnsureCreatedAsync(cancellationToken);
        var response = await _client.GetAsync<CandidateProfileSource>(
            new GetRequest(Index.Alias, reference) { SourceIncludes = CandidateProfileSource.Includes }, cancellationToken);
        if (response.Found) return Read(response.Source);
        if (DocumentRead.IsMissingDocument(response)) return null;
        throw ElasticsearchCallException.For($"get candidate {reference}", response);
    }

    public async Task<CandidateSearchResult> SearchAsync(CandidateQuery query, CancellationToken cancellationToken = default)
    {
        await Index.EnsureCreatedAsync(cancellationToken);
        var response = await _client.SearchAsync<CandidateProfileSource>(CandidateSearchRequestBuilder.Build(query, Index.Alias), cancellationToken);
        if (!response.IsValidResponse) throw ElasticsearchCallException.For("search candidates", response);
        var hits = response.Hits.Select(hit => new CandidateHit(Read(hit.Source), hit.Score ?? 0)).ToArray();
        // track_total_hits=true makes the total exact (and present) whatever the size.
        return new CandidateSearchResult(response.Total, hits)
        {
            TextScoreReference = await TextReferenceRequest.ComputeAsync(_client, Index.Alias, query.Text, cancellationToken),
        };
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await Index.EnsureCreatedAsync(cancellationToken);
        var response = await _client.CountAsync(new CountRequest(Index.Alias), cancellationToken);
        if (!response.IsValidResponse) throw ElasticsearchCallException.For("count candidates", response);
        return response.Count;
    }

    public void Dispose()
    {
        if (_stopRebuild.IsCancellationRequested) return;
        _stopRebuild.Cancel();
        try
        {
            Rebuild.Run?.Wait();
        }
        catch (AggregateException)
        {
            // Stopped, or failed and reported by Pending while it mattered; the next process starts again.
        }
        _stopRebuild.Dispose();
    }

    private static CandidateProfile Read(CandidateProfileSource? document) =>
        document?.ToProfile()
        ?? throw new InvalidOperationException("Stored candidate document has no profile.");
}
