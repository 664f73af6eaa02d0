using Matching.Search.Resilience;

namespace Matching.Search.Elasticsearch;

/// <summary>Some documents of a bulk upsert were not indexed; the others were. Upserting the batch again is safe.</summary>
public sealed class ElasticsearchBulkException(string index, IReadOnlyList<ElasticsearchBulkException.FailedItem> failures)
    : Exception(Describe(index, failures))
{
    public sealed record FailedItem(string Id, int Status, string Reason);

    public IReadOnlyList<FailedItem> Failures { get; } = failures;

    /// <summary>
    /// True when every refused item was refused for load (429) or unavailability: retrying the batch can then succeed.
    /// One document the mapping rejects (400) fails every retry alike, so the batch is not retried.
    /// </summary>
    public bool IsTransient => Failures.All(f => SearchPipelines.IsTransientStatus(f.Status));

    private static string Describe(string index, IReadOnlyList<FailedItem> failures)
    {
        const int listed = 10;
        var lines = failures.Take(listed).Select(f => $"  {f.Id} (HTTP {f.Status}): {f.Reason}");
        var more = failures.Count > listed ? $"{Environment.NewLine}  … and {failures.Count - listed} more" : "";
        return $"Elasticsearch refused {failures.Count} document(s) of a bulk upsert into {index}:{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines) + more;
    }
}
