using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// One logical index behind an alias: created (current version, explicit mappings, alias as write index) on first
/// use, and moved to a new physical version by reindexing and swapping the alias atomically, so readers and writers
/// never see a missing or half-filled index.
/// </summary>
public sealed class AliasedIndex
{
    private readonly ElasticsearchClient _client;
    private readonly Func<string, string?, CreateIndexRequest> _createRequest;
    private readonly Func<string, PutMappingRequest>? _addedFields;
    private readonly SemaphoreSlim _ensureLock = new(1, 1);
    private volatile bool _ensured;

    /// <param name="createRequest">The create-index request for a physical index name, optionally under the alias.</param>
    /// <param name="addedFields">
    /// For an index this code did not create: the put-mapping request (for the alias) of the fields later code added to
    /// the mapping of the same version; null when there are none.
    /// </param>
    public AliasedIndex(ElasticsearchClient client, IndexNames names, Func<string, string?, CreateIndexRequest> createRequest,
        Func<string, PutMappingRequest>? addedFields = null)
    {
        _client = client;
        Names = names;
        _createRequest = createRequest;
        _addedFields = addedFields;
    }

    public IndexNames Names { get; }

    /// <summary>The name reads and writes use.</summary>
    public string Alias => Names.Alias;

    /// <summary>
    /// Creates the current physical version under the alias unless the alias already exists; an existing one (or one
    /// another process created meanwhile, perhaps with earlier code) gets the fields this code added to its mapping.
    /// </summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        if (_ensured) return;
        await _ensureLock.WaitAsync(cancellationToken);
        try
        {
            if (_ensured) return;
            var exists = await _client.Indices.ExistsAliasAsync(new ExistsAliasRequest(Alias), cancellationToken);
            // 404 is the answer "no such alias"; anything else without a 200 is a failure, not a reason to create.
            if (!exists.Exists && exists.ApiCallDetails.HttpStatusCode != 404)
                throw ElasticsearchCallException.For($"check alias {Alias}", exists);
            var createdHere = false;
            if (!exists.Exists)
            {
                var created = await _client.Indices.CreateAsync(
                    _createRequest(Names.Physical(IndexNames.CurrentVersion), Alias), cancellationToken);
                // Another process may have created it between our check and create: that is the state we wanted.
                if (!created.IsValidResponse && created.ElasticsearchServerError?.Error?.Type != "resource_already_exists_exception")
                    throw ElasticsearchCallException.For($"create index {Names.Physical(IndexNames.CurrentVersion)}", created);
                createdHere = created.IsValidResponse;
            }
            if (!createdHere && _addedFields is not null)
            {
                // Adding a field to a mapping is allowed in place and repeats harmlessly; the alias reaches every version behind it.
                var added = await _client.Indices.PutMappingAsync(_addedFields(Alias), cancellationToken);
                if (!added.IsValidResponse) throw ElasticsearchCallException.For($"add fields to the mapping of {Alias}", added);
            }
            _ensured = true;
        }
        finally
        {
            _ensureLock.Release();
        }
    }

    /// <summary>
    /// Creates physical version <paramref name="version"/> with this code's mappings, copies every document into it,
    /// and swaps the alias onto it in one atomic alias update. The old versions are kept (delete them once checked).
    /// Writes made while the copy runs land in the old version only: pause writers, or upsert again afterwards.
    /// </summary>
    public async Task ReindexAsync(int version, CancellationToken cancellationToken = default)
    {
        await EnsureCreatedAsync(cancellationToken);
        var target = Names.Physical(version);
        var current = await CurrentIndicesAsync(cancellationToken);
        if (current.Contains(target, StringComparer.Ordinal))
            throw new InvalidOperationException($"Alias {Alias} already points at {target}.");
        var created = await _client.Indices.CreateAsync(_createRequest(target, null), cancellationToken);
        if (!created.IsValidResponse) throw ElasticsearchCallException.For($"create index {target}", created);
        var copied = await _client.ReindexAsync(
            new ReindexRequest
            {
                Source = new Elastic.Clients.Elasticsearch.Core.Reindex.Source { Indices = Alias },
                Dest = new Elastic.Clients.Elasticsearch.Core.Reindex.Destination { Index = target },
                WaitForCompletion = true,
                Refresh = true,
            },
            cancellationToken);
        if (!copied.IsValidResponse || copied.Failures?.Count > 0)
            throw ElasticsearchCallException.For($"reindex {Alias} into {target}", copied);
        var swapped = await _client.Indices.UpdateAliasesAsync(SwapAliasRequest(Alias, current, target), cancellationToken);
        if (!swapped.IsValidResponse) throw ElasticsearchCallException.For($"swap alias {Alias} to {target}", swapped);
    }

    /// <summary>One atomic alias update: the alias leaves every index in <paramref name="from"/> and points at <paramref name="to"/>.</summary>
    public static UpdateAliasesRequest SwapAliasRequest(string alias, IEnumerable<string> from, string to) => new()
    {
        Actions =
        [
            .. from.Order(StringComparer.Ordinal).Select(index =>
                (IndexUpdateAliasesAction)new RemoveAction { Index = index, Alias = alias, MustExist = true }),
            new AddAction { Index = to, Alias = alias, IsWriteIndex = true },
        ],
    };

    private async Task<IReadOnlyCollection<string>> CurrentIndicesAsync(CancellationToken cancellationToken)
    {
        var response = await _client.Indices.GetAliasAsync(new GetAliasRequest((Names)Alias), cancellationToken);
        if (!response.IsValidResponse) throw ElasticsearchCallException.For($"read alias {Alias}", response);
        return response.Aliases?.Keys.ToArray() ?? [];
    }
}
