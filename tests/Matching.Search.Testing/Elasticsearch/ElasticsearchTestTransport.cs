using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Matching.Search.Testing.Elasticsearch;

/// <summary>
/// A single Elasticsearch 9 node for unit tests, plugged into the real client where it sends HTTP requests (the
/// client's <see cref="IRequestInvoker"/> seam; answers are turned into responses by the client's own
/// <see cref="InMemoryRequestInvoker"/>). It answers every kind of request the backend makes (search, get, count,
/// bulk, index creation, alias checks, reads and updates, reindex) with a body in Elasticsearch 9's shape
/// (<see cref="ResponseBodies"/>), keeps indexes, aliases and documents by id, and honours <c>_source</c> filtering.
/// It does not evaluate queries: a search returns every stored document of the index, in id order, up to its size,
/// with the score a test set (1 by default). Tests make it fail: refused connections, hung calls, HTTP errors with
/// Elasticsearch's error body, and refused bulk items.
/// </summary>
public sealed class ElasticsearchTestTransport : IRequestInvoker
{
    private const string VendorJson = "application/vnd.elasticsearch+json;compatible-with=9";
    public static readonly Uri Address = new("http://elasticsearch.test:9200");

    // A 9.x node names itself in this header on every answer; the client refuses to talk to anything else.
    private static readonly Dictionary<string, IEnumerable<string>> ProductHeader =
        new(StringComparer.OrdinalIgnoreCase) { ["X-Elastic-Product"] = ["Elasticsearch"] };

    private readonly InMemoryRequestInvoker _memory = new(null, 200, null, VendorJson, ProductHeader);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredIndex> _indices = new(StringComparer.Ordinal);
    private readonly List<Exchange> _exchanges = [];
    private readonly Dictionary<string, TransportFailure.ServerError> _bulkRefusals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _scores = new(StringComparer.Ordinal);
    private TransportFailure? _failure;
    private int _failuresLeft;

    public ResponseFactory ResponseFactory => _memory.ResponseFactory;

    /// <summary>A client as the backend builds one, talking to this node.</summary>
    public ElasticsearchClient CreateClient() => new(new ElasticsearchClientSettings(new SingleNodePool(Address), this));

    /// <summary>Every request received and what it was answered, in order, failed ones included.</summary>
    public IReadOnlyList<Exchange> Exchanges
    {
        get { lock (_gate) return _exchanges.ToArray(); }
    }

    /// <summary>Every request received, in order, failed ones included.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Exchanges.Select(e => e.Request).ToArray();

    /// <summary>Fail the next <paramref name="times"/> requests (all of them by default) with <paramref name="failure"/>.</summary>
    public void Fail(TransportFailure failure, int times = int.MaxValue)
    {
        lock (_gate) (_failure, _failuresLeft) = (failure, times);
    }

    /// <summary>
    /// Runs as each request arrives, before it is answered: what another process does to the cluster meanwhile
    /// (it may call this transport's own set-up methods).
    /// </summary>
    public Action<RecordedRequest>? Meanwhile { get; set; }

    /// <summary>Answer normally again.</summary>
    public void Recover()
    {
        lock (_gate) (_failure, _failuresLeft) = (null, 0);
    }

    /// <summary>Refuse the document <paramref name="id"/> in every bulk request, as a shard refuses one item.</summary>
    public void RefuseInBulk(string id, int status, string type, string reason)
    {
        lock (_gate) _bulkRefusals[id] = new TransportFailure.ServerError(status, type, reason);
    }

    /// <summary>The score searches give document <paramref name="id"/>.</summary>
    public void Score(string id, double score)
    {
        lock (_gate) _scores[id] = score;
    }

    /// <summary>Creates an index directly, as another process or an operator would, optionally under an alias.</summary>
    public void CreateIndex(string index, string? alias = null)
    {
        lock (_gate)
        {
            var created = _indices[index] = new StoredIndex(index);
            if (alias is not null) created.Aliases[alias] = true;
        }
    }

    /// <summary>Deletes an index directly, as an operator would; its aliases go with it.</summary>
    public void DeleteIndex(string index)
    {
        lock (_gate) _indices.Remove(index);
    }

    /// <summary>Stores a document directly, in exactly the JSON given (a document another writer indexed).</summary>
    public void Store(string index, string id, JsonObject document)
    {
        lock (_gate) _indices[index].Put(id, document);
    }

    /// <summary>The stored document <paramref name="id"/> of a physical index or alias, as indexed; null when absent.</summary>
    public JsonObject? Document(string indexOrAlias, string id)
    {
        lock (_gate) return Resolve(indexOrAlias).Select(i => i.Find(id)?.Source).FirstOrDefault(d => d is not null)?.DeepClone().AsObject();
    }

    /// <summary>Physical index names an alias points at (empty when it points nowhere).</summary>
    public IReadOnlyList<string> IndicesOf(string alias)
    {
        lock (_gate) return _indices.Values.Where(i => i.Aliases.ContainsKey(alias)).Select(i => i.Name).Order(StringComparer.Ordinal).ToArray();
    }

    void IDisposable.Dispose() { }

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData)
        where TResponse : TransportResponse, new() =>
        RequestAsync<TResponse>(endpoint, boundConfiguration, postData, CancellationToken.None).GetAwaiter().GetResult();

    public async Task<TResponse> RequestAsync<TResponse>(
        Endpoint endpoint, BoundConfiguration boundConfiguration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        var request = await ReadAsync(endpoint, boundConfiguration, postData, cancellationToken);
        Meanwhile?.Invoke(request);
        var failure = TakeFailure();
        if (failure is TransportFailure.NoResponse noResponse)
        {
            Record(new Exchange(request, null, null));
            return await NoResponseAsync<TResponse>(noResponse, endpoint, boundConfiguration, postData, cancellationToken);
        }
        var (status, body, contentType) = failure switch
        {
            TransportFailure.ServerError error => (error.Status, ResponseBodies.Error(error.Status, error.Type, error.Reason).ToJsonString(), JsonContentType(boundConfiguration)),
            TransportFailure.ProxyError proxy => (proxy.Status, ProxyPage(proxy), "text/html"),
            _ => Answer(request, boundConfiguration),
        };
        Record(new Exchange(request, status, body));
        return await _memory.BuildResponseAsync<TResponse>(
            endpoint, boundConfiguration, postData, cancellationToken, body is null ? null : Encoding.UTF8.GetBytes(body), status, contentType);
    }

    private void Record(Exchange exchange)
    {
        lock (_gate) _exchanges.Add(exchange);
    }

    private async Task<RecordedRequest> ReadAsync(Endpoint endpoint, BoundConfiguration configuration, PostData? postData, CancellationToken cancellationToken)
    {
        string? body = null;
        if (postData is not null)
        {
            using var stream = new MemoryStream();
            await postData.WriteAsync(stream, configuration.ConnectionSettings, disableDirectStreaming: false, cancellationToken);
            body = Encoding.UTF8.GetString(stream.ToArray());
        }
        var query = endpoint.Uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : "", StringComparer.Ordinal);
        return new RecordedRequest(endpoint.Method.ToString(), endpoint.Uri.AbsolutePath, query, body);
    }

    private TransportFailure? TakeFailure()
    {
        lock (_gate)
        {
            if (_failure is null || _failuresLeft <= 0) return null;
            _failuresLeft--;
            return _failure;
        }
    }

    /// <summary>What the client's HTTP invoker hands on when no response comes: the exception, and no status code.</summary>
    private async Task<TResponse> NoResponseAsync<TResponse>(
        TransportFailure.NoResponse failure, Endpoint endpoint, BoundConfiguration configuration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new()
    {
        Exception exception;
        if (failure.What == TransportFailure.NoResponse.Kind.Refused)
            exception = new HttpRequestException(HttpRequestError.ConnectionError, $"Connection refused ({Address.Host}:{Address.Port})",
                new SocketException((int)SocketError.ConnectionRefused));
        else
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                throw new InvalidOperationException("An infinite delay ended.");
            }
            catch (TaskCanceledException e)
            {
                exception = e;
            }
        }
        return await ResponseFactory.CreateAsync<TResponse>(endpoint, configuration, postData, exception, null, null, Stream.Null, null, -1, null, null,
            CancellationToken.None);
    }

    private static string ProxyPage(TransportFailure.ProxyError proxy) =>
        $"<html>\r\n<head><title>{proxy.Status} {proxy.Title}</title></head>\r\n<body>\r\n<center><h1>{proxy.Status} {proxy.Title}</h1></center>\r\n</body>\r\n</html>\r\n";

    private (int Status, string? Body, string ContentType) Answer(RecordedRequest request, BoundConfiguration configuration)
    {
        var (status, body) = Route(request);
        return (status, body?.ToJsonString(), JsonContentType(configuration));
    }

    /// <summary>
    /// The node answers JSON in the media type asked for: the versioned vendor type most calls accept
    /// (application/vnd.elasticsearch+json;compatible-with=9), plain application/json where the client asks for that (bulk).
    /// </summary>
    private static string JsonContentType(BoundConfiguration configuration) =>
        string.IsNullOrEmpty(configuration.Accept) ? VendorJson : configuration.Accept;

    private (int Status, JsonNode? Body) Route(RecordedRequest request)
    {
        lock (_gate)
        {
            return (request.Method, request.Segments) switch
            {
                ("HEAD", ["_alias", var alias]) => (IndicesOf(alias).Count > 0 ? 200 : 404, null),
                ("GET", ["_alias", var alias]) => GetAlias(alias),
                ("POST", ["_aliases"]) => UpdateAliases(request.Json!.AsObject()),
                ("POST", ["_reindex"]) => Reindex(request.Json!.AsObject()),
                ("PUT", [var index]) => CreateIndex(index, request.Json?.AsObject()),
                ("GET" or "POST", [var index, "_search"]) => Search(index, request.Json?.AsObject() ?? []),
                ("GET" or "POST", [var index, "_count"]) => Count(index),
                ("GET", [var index, "_doc", var id]) => Get(index, id, SourceFiltering.FromQuery(request.Query)),
                ("POST" or "PUT", [var index, "_bulk"]) => Bulk(index, request.Lines, request.Query.GetValueOrDefault("require_alias") == "true"),
                _ => throw new NotSupportedException($"The test transport has no answer for {request}."),
            };
        }
    }

    private List<StoredIndex> Resolve(string name) =>
        _indices.TryGetValue(name, out var index)
            ? [index]
            : _indices.Values.Where(i => i.Aliases.ContainsKey(name)).OrderBy(i => i.Name, StringComparer.Ordinal).ToList();

    private (int, JsonNode?) GetAlias(string alias)
    {
        var pointing = _indices.Values.Where(i => i.Aliases.ContainsKey(alias)).OrderBy(i => i.Name, StringComparer.Ordinal).ToArray();
        return pointing.Length == 0
            ? (404, ResponseBodies.AliasMissing(alias))
            : (200, ResponseBodies.Aliases(pointing.Select(i => (i.Name, alias, i.Aliases[alias]))));
    }

    private (int, JsonNode?) CreateIndex(string index, JsonObject? body)
    {
        if (_indices.ContainsKey(index)) return (400, ResponseBodies.IndexExists(index));
        if (Resolve(index).Count > 0)
            return (400, ResponseBodies.Error(400, "invalid_index_name_exception", $"Invalid index name [{index}], already exists as alias",
                new Dictionary<string, string> { ["index_uuid"] = "_na_", ["index"] = index }));
        var created = _indices[index] = new StoredIndex(index);
        foreach (var (alias, definition) in body?["aliases"]?.AsObject() ?? [])
            created.Aliases[alias] = definition?["is_write_index"]?.GetValue<bool>() ?? false;
        return (200, ResponseBodies.IndexCreated(index));
    }

    /// <summary>All actions are checked before any applies: the update is atomic, as on the server.</summary>
    private (int, JsonNode?) UpdateAliases(JsonObject body)
    {
        var actions = body["actions"]!.AsArray().Select(a => a!.AsObject().Single()).ToArray();
        foreach (var (kind, action) in actions)
        {
            var index = action!["index"]!.GetValue<string>();
            var alias = action["alias"]!.GetValue<string>();
            if (!_indices.TryGetValue(index, out var target)) return (404, ResponseBodies.IndexNotFound(index));
            if (kind == "remove" && action["must_exist"]?.GetValue<bool>() == true && !target.Aliases.ContainsKey(alias))
                return (404, ResponseBodies.Error(404, "aliases_not_found_exception", $"aliases [{alias}] missing",
                    new Dictionary<string, string> { ["resource.type"] = "aliases", ["resource.id"] = alias }));
            if (kind is not ("add" or "remove")) throw new NotSupportedException($"alias action {kind}");
        }
        foreach (var (kind, action) in actions)
        {
            var target = _indices[action!["index"]!.GetValue<string>()];
            var alias = action["alias"]!.GetValue<string>();
            if (kind == "remove") target.Aliases.Remove(alias);
            else target.Aliases[alias] = action["is_write_index"]?.GetValue<bool>() ?? false;
        }
        return (200, ResponseBodies.Acknowledged());
    }

    private (int, JsonNode?) Reindex(JsonObject body)
    {
        var from = body["source"]!["index"]!.GetValue<string>();
        var to = body["dest"]!["index"]!.GetValue<string>();
        var sources = Resolve(from);
        if (sources.Count == 0) return (404, ResponseBodies.IndexNotFound(from));
        if (!_indices.TryGetValue(to, out var target)) _indices[to] = target = new StoredIndex(to);
        long created = 0, updated = 0;
        foreach (var (id, document) in sources.SelectMany(s => s.Documents))
        {
            if (target.Put(id, document.Source.DeepClone().AsObject()).Version == 1) created++;
            else updated++;
        }
        return (200, ResponseBodies.Reindexed(created, updated));
    }

    private (int, JsonNode?) Search(string index, JsonObject body)
    {
        var indices = Resolve(index);
        if (indices.Count == 0) return (404, ResponseBodies.IndexNotFound(index));
        var sort = SortKeys(body["sort"]);
        var scored = sort.Count == 0 || sort.Contains("_score") || body["track_scores"]?.GetValue<bool>() == true;
        var filtering = SourceFiltering.FromBody(body["_source"]);
        var all = indices.SelectMany(i => i.Documents.Select(d => (Index: i.Name, Id: d.Key, d.Value.Source)))
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var size = body["size"]?.GetValue<int>() ?? 10;
        var hits = all.Take(size).Select(d =>
        {
            double? score = scored ? _scores.GetValueOrDefault(d.Id, 1.0) : null;
            JsonArray? sortValues = sort.Count == 0 ? null
                : new JsonArray([.. sort.Select(key => key == "_score" ? JsonValue.Create(score) : Field(d.Source, key)?.DeepClone())]);
            return ResponseBodies.Hit(d.Index, d.Id, score, filtering.Apply(d.Source), sortValues);
        }).ToArray();
        var track = body["track_total_hits"];
        var withTotal = track is null || !(track is JsonValue v && v.TryGetValue<bool>(out var t) && !t);
        var exact = track is JsonValue e && e.TryGetValue<bool>(out var x) && x;
        double? maxScore = scored && hits.Length > 0 ? hits.Max(h => h["_score"]!.GetValue<double>()) : null;
        return (200, ResponseBodies.Search(hits, all.Length, withTotal, exact, maxScore));
    }

    /// <summary>The field names of a search's sort, in order: "_score" or a field, from any of the sort syntaxes.</summary>
    private static List<string> SortKeys(JsonNode? sort) => sort switch
    {
        null => [],
        JsonArray keys => keys.SelectMany(k => SortKeys(k)).ToList(),
        JsonObject key => [key.Single().Key],
        _ => [sort.GetValue<string>()],
    };

    private static JsonNode? Field(JsonObject source, string path)
    {
        JsonNode? node = source;
        foreach (var part in path.Split('.')) node = node?[part];
        return node;
    }

    private (int, JsonNode?) Count(string index)
    {
        var indices = Resolve(index);
        return indices.Count == 0 ? (404, ResponseBodies.IndexNotFound(index)) : (200, ResponseBodies.Count(indices.Sum(i => i.Documents.Count)));
    }

    private (int, JsonNode?) Get(string index, string id, SourceFiltering filtering)
    {
        var indices = Resolve(index);
        if (indices.Count == 0) return (404, ResponseBodies.IndexNotFound(index));
        if (indices.Count > 1)
            return (400, ResponseBodies.Error(400, "illegal_argument_exception",
                $"alias [{index}] has more than one index associated with it [{string.Join(", ", indices.Select(i => i.Name))}], can't execute a single index op"));
        var stored = indices[0].Find(id);
        return stored is null
            ? (404, ResponseBodies.NotFound(indices[0].Name, id))
            : (200, ResponseBodies.Found(indices[0].Name, id, stored.Version, stored.SeqNo, filtering.Apply(stored.Source)));
    }

    private (int, JsonNode?) Bulk(string index, IReadOnlyList<JsonObject> lines, bool requireAlias)
    {
        var items = new List<JsonObject>();
        for (var line = 0; line < lines.Count; line += 2)
        {
            var (operation, metadata) = lines[line].Single();
            if (operation != "index") throw new NotSupportedException($"bulk operation {operation}");
            var id = metadata!["_id"]!.GetValue<string>();
            var targetName = metadata["_index"]?.GetValue<string>() ?? index;
            var target = WriteIndex(targetName, requireAlias);
            if (target is null)
                items.Add(ResponseBodies.BulkRefused(targetName, id, 404, "index_not_found_exception",
                    $"no such index [{targetName}] and [require_alias] request flag is [true] and [{targetName}] is not an alias"));
            else if (_bulkRefusals.TryGetValue(id, out var refusal))
                items.Add(ResponseBodies.BulkRefused(target.Name, id, refusal.Status, refusal.Type, refusal.Reason));
            else
            {
                var stored = target.Put(id, lines[line + 1]);
                items.Add(ResponseBodies.BulkIndexed(target.Name, id, stored.Version, stored.SeqNo));
            }
        }
        return (200, ResponseBodies.Bulk(items));
    }

    /// <summary>The write index of an alias; an unknown name is auto-created as an index unless require_alias is set.</summary>
    private StoredIndex? WriteIndex(string name, bool requireAlias)
    {
        var aliased = _indices.Values.Where(i => i.Aliases.ContainsKey(name)).ToArray();
        if (aliased.Length > 0) return aliased.Length == 1 ? aliased[0] : aliased.Single(i => i.Aliases[name]);
        if (requireAlias) return null;
        if (!_indices.TryGetValue(name, out var index)) _indices[name] = index = new StoredIndex(name);
        return index;
    }

    private sealed class StoredIndex(string name)
    {
        private long _seqNo = -1;

        public string Name { get; } = name;

        /// <summary>Alias name to is_write_index.</summary>
        public Dictionary<string, bool> Aliases { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, StoredDocument> Documents { get; } = new(StringComparer.Ordinal);

        public StoredDocument? Find(string id) => Documents.GetValueOrDefault(id);

        public StoredDocument Put(string id, JsonObject source)
        {
            var version = (Find(id)?.Version ?? 0) + 1;
            return Documents[id] = new StoredDocument(source.DeepClone().AsObject(), version, ++_seqNo);
        }
    }

    private sealed record StoredDocument(JsonObject Source, long Version, long SeqNo);
}
