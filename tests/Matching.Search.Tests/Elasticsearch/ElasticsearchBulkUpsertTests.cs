using System.Text;
using Elastic.Clients.Elasticsearch;
using Matching.Search.Elasticsearch;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>A partly failed bulk response must fail the upsert, naming every item the server refused.</summary>
public sealed class ElasticsearchBulkUpsertTests
{
    [Fact]
    public void A_bulk_response_with_refused_items_throws_listing_them()
    {
        var response = Parse("""
            {"took":3,"errors":true,"items":[
              {"index":{"_index":"matching-candidates-v1","_id":"ok-1","status":201,"result":"created"}},
              {"index":{"_index":"matching-candidates-v1","_id":"bad-1","status":400,
                "error":{"type":"document_parsing_exception","reason":"failed to parse field [home]"}}},
              {"index":{"_index":"matching-candidates-v1","_id":"bad-2","status":429,
                "error":{"type":"es_rejected_execution_exception","reason":"rejected execution"}}}
            ]}
            """);

        var error = Assert.Throws<ElasticsearchBulkException>(() => BulkUpsert.ThrowIfAnyFailed(response, "matching-candidates"));

        Assert.Equal(["bad-1", "bad-2"], error.Failures.Select(f => f.Id));
        Assert.Equal([400, 429], error.Failures.Select(f => f.Status));
        Assert.Contains("bad-1 (HTTP 400): document_parsing_exception: failed to parse field [home]", error.Message);
        Assert.Contains("refused 2 document(s) of a bulk upsert into matching-candidates", error.Message);
    }

    /// <summary>The body as the client's own serializer reads a bulk response.</summary>
    private static BulkResponse Parse(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return RequestJson.Client.RequestResponseSerializer.Deserialize<BulkResponse>(stream);
    }
}
