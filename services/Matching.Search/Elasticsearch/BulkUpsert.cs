using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// Index (add or replace) documents by id in one bulk call. Any failed item fails the whole call: partial success is
/// failure. The call returns once the documents are durable; searches see them after the index's next refresh (gets
/// by id at once), unless <c>waitForRefresh</c> asks for the read-after-write the embedded Lucene backend gives.
/// </summary>
internal static class BulkUpsert
{
    public static BulkRequest Request<TDocument>(string alias, IEnumerable<(string Id, TDocument Document)> documents, bool waitForRefresh = false)
    {
        var request = new BulkRequest(alias)
        {
            // Waiting for a refresh per call costs a refresh per write under load; only callers that must search what
            // they just wrote ask for it (Elasticsearch:WaitForRefreshOnWrite).
            Refresh = waitForRefresh ? Refresh.WaitFor : null,
            // Should the alias vanish, refuse the items instead of auto-creating an index with guessed mappings.
            RequireAlias = true,
            // A document the node cannot parse is refused without quoting it (profile contents) in the error.
            IncludeSourceOnError = false,
            Operations = [],
        };
        // Items on the same id apply in order on their shard, so the last of a repeated id wins, as in Lucene.
        foreach (var (id, document) in documents)
            request.Operations.Add(new BulkIndexOperation<TDocument>(document) { Id = id });
        return request;
    }

    public static async Task RunAsync<TDocument>(
        ElasticsearchClient client, string alias, IReadOnlyCollection<(string Id, TDocument Document)> documents, bool waitForRefresh,
        CancellationToken cancellationToken)
    {
        if (documents.Count == 0) return;
        var response = await client.BulkAsync(Request(alias, documents, waitForRefresh), cancellationToken);
        ThrowIfAnyFailed(response, alias);
    }

    public static void ThrowIfAnyFailed(BulkResponse response, string index)
    {
        // A failed call has no items at all.
        var items = response.Items ?? [];
        var failed = items.Where(item => item.Error is not null || item.Status is < 200 or > 299).ToArray();
        if (failed.Length > 0)
            throw new ElasticsearchBulkException(index, failed.Select(FailedItemOf).ToArray());
        // A response without items (refused whole, or never sent) says nothing about the documents.
        if (!response.IsValidResponse && items.Count == 0)
            throw ElasticsearchCallException.For($"bulk index into {index}", response);
    }

    /// <summary>A refused item by id, status and reason, without any value the reason quotes.</summary>
    public static ElasticsearchBulkException.FailedItem FailedItemOf(ResponseItem item) =>
        new(item.Id ?? "?", item.Status, item.Error is { } e ? $"{e.Type}: {WithoutValuePreview(e.Reason)}" : "no error given");

    /// <summary>
    /// A mapping rejection's reason may quote the refused value ("Preview of field's value: '…'"): profile contents,
    /// which must not reach an exception message and so a log.
    /// </summary>
    private static string? WithoutValuePreview(string? reason) =>
        reason?.IndexOf("Preview of field's value", StringComparison.Ordinal) is int at and >= 0 ? reason[..at].TrimEnd() + " (value withheld)" : reason;
}
