using System.Text;
using System.Text.Json.Nodes;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>Request bodies exactly as the client would send them, written by the client's own serializer.</summary>
public static class RequestJson
{
    /// <summary>A client that never connects: serialising needs its settings only.</summary>
    public static ElasticsearchClient Client { get; } = new(new ElasticsearchClientSettings(new Uri("http://localhost:9200")));

    public static string Of<TRequest>(TRequest request)
    {
        using var stream = new MemoryStream();
        Client.RequestResponseSerializer.Serialize(request, stream, SerializationFormatting.Indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A bulk body (one JSON object per line) as a JSON array of its lines, so it compares like any JSON.</summary>
    public static string OfBulk(BulkRequest request)
    {
        using var stream = new MemoryStream();
        request.Serialize(stream, Client.ElasticsearchClientSettings, SerializationFormatting.None);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return new JsonArray(lines.Select(line => JsonNode.Parse(line)).ToArray()).ToJsonString();
    }
}
