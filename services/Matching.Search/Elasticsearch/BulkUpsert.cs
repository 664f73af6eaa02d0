using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// Index (add or replace) documents by id in one bulk call that returns once they are searchable (refresh=wait_for,
/// the read-after-write the Lucene backend gives). Any failed item fails the whole call: partial success is failure.
/// </summary>
internal static class BulkUpsert
{
    public static BulkRequest Request<TDocument>(string index, IEnumerable<(string Id, TDocument Document)> documents)
    {
        var request = new BulkRequest(index) { Refresh = Refresh.WaitFor, Operations = [] };
        // Items on the same id apply in order on their shard, so the last of a repeated id wins, as in Lucene.
        foreach (var (id, document) in documents)
            request.Operations.Add(new BulkIndexOperation<TDocument>(document) { Id = id });
        return request;
    }

    public static async Task RunAsync<TDocument>(
        ElasticsearchClient client, string index, IReadOnlyCollection<(string Id, TDocument Document)> documents,
        CancellationToken cancellationToken)
    {
        if (documents.Count == 0) return;
        var response = await client.BulkAsync(Request(index, documents), cancellationToken);
        ThrowIfAnyFailed(response, index);
    }

    public static void ThrowIfAnyFailed(BulkResponse response, string index)
    {
        var failed = response.Items.Where(item => item.Error is not null || item.Status is < 200 or > 299).ToArray();
        if (failed.Length > 0)
            throw new ElasticsearchBulkException(index, failed.Select(item => new ElasticsearchBulkException.FailedItem(
                item.Id ?? "?", item.Status, item.Error is { } e ? $"{e.Type}: {e.Reason}" : "no error given")).ToArray());
        // A response without items (refused whole, or never sent) says nothing about the documents.
        if (!response.IsValidResponse && response.Items.Count == 0)
            throw ElasticsearchCallFailed.For($"bulk index into {index}", response);
    }
}
