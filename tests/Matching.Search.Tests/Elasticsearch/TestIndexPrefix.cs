using Elastic.Clients.Elasticsearch.IndexManagement;
using Matching.Search.Elasticsearch;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>A unique index prefix per test (from its temp folder), so tests share a cluster without sharing data.</summary>
public static class TestIndexPrefix
{
    public static string For(string folder) => "test-" + Path.GetFileName(folder).ToLowerInvariant();

    /// <summary>
    /// Removes the physical indexes a test may have created (the aliases go with them). Named one by one: clusters
    /// refuse wildcard deletes by default (action.destructive_requires_name).
    /// </summary>
    public static async Task DeleteAllAsync(string? prefix)
    {
        if (prefix is null) return;
        var names = new[] { IndexNames.Candidates(prefix), IndexNames.Vacancies(prefix) }
            .SelectMany(n => Enumerable.Range(1, IndexNames.CurrentVersion).Select(n.Physical))
            .ToArray();
        await ElasticsearchTestCluster.ClientOrSkip().Indices.DeleteAsync(
            new DeleteIndexRequest(string.Join(',', names)) { IgnoreUnavailable = true });
    }
}
