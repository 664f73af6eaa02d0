using System.Text.Json.Nodes;

namespace Matching.Search.Testing.Elasticsearch;

/// <summary>A request and the answer <see cref="ElasticsearchTestTransport"/> gave: status and body, both null when none came.</summary>
public sealed record Exchange(RecordedRequest Request, int? Status, string? ResponseBody)
{
    public JsonNode? ResponseJson => string.IsNullOrEmpty(ResponseBody) ? null : JsonNode.Parse(ResponseBody);
}
