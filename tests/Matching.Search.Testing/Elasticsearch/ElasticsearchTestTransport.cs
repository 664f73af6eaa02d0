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
/// bulk, index creation, mapping reads and puts, alias checks, reads and updates, reindex) with a body in Elasticsearch 9's shape
/// (<see cref="ResponseBodies"/>), keeps indexes, aliases and documents by id with their sequence numbers, honours
/// <c>_source</c> filtering, <c>search_after</c>, <c>seq_no_primary_term</c>, a bulk item's <c>if_seq_no</c> (409 when
/// the document changed) and a strict mapping's refusal of unmapped fields. It evaluates only the simplest queries
/// (<see cref="QueryEvaluation"/>: term, bool of terms): any other search returns every stored document of the index,
/// in id order, up to its size, with the score a test set (1 by default). Tests make it fail: refused connections, hung calls, HTTP errors with
/// Elasticsearch's error body, and refused bulk items.
/// </summary>
public sealed partial class ElasticsearchTestTransport : IRequestInvoker
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

    /// <summary>
    /// Creates an index directly, as another process or an operator would, optionally under an alias and with mappings
    /// (the <c>mappings</c> object of a create request; with <c>"dynamic": "strict"</c> unmapped fields are refused).
    /// </summary>
    public void CreateIndex(string index, string? alias = null, JsonObject? mappings = null)
    {
        lock (_gate)
        {
            var created = _indices[index] = new StoredIndex(index);
            created.Map(mappings);
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
                ("PUT" or "POST", [var index, "_mapping"]) => PutMapping(index, request.Json!.AsObject()),
                ("GET", [var index, "_mapping"]) => GetMapping(index),
                ("GET" or "POST", [var index, "_search"]) => Search(index, request.Json?.AsObject() ?? [], request.Query),
                ("GET" or "POST", [var index, "_count"]) => Count(index, request.Json?.AsObject() ?? []),
                ("GET" or "POST", [var index, "_termvectors"]) => TermVectors(index, request.Json?.AsObject() ?? []),
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
}
