using System.Text.Json.Nodes;

namespace Matching.Search.Testing.Elasticsearch;

/// <summary>One request as it reached <see cref="ElasticsearchTestTransport"/>: method, path, query parameters and body.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, string? Body)
{
    /// <summary>The path split on '/', unescaped: ["matching-candidates", "_doc", "cand-1"].</summary>
    public IReadOnlyList<string> Segments { get; } =
        Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();

    /// <summary>The body as one JSON value (not for bulk bodies, which are one JSON object per line).</summary>
    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);

    /// <summary>The body's lines as JSON objects (bulk bodies).</summary>
    public IReadOnlyList<JsonObject> Lines =>
        (Body ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToArray();

    public override string ToString() => $"{Method} {Path}" + (Query.Count == 0 ? "" : "?" + string.Join('&', Query.Select(q => $"{q.Key}={q.Value}")));
}
