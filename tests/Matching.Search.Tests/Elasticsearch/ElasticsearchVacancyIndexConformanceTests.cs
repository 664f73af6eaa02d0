using Matching.Search.Elasticsearch;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>The shared vacancy conformance suite on Elasticsearch; skipped when no cluster is reachable.</summary>
public sealed class ElasticsearchVacancyIndexConformanceTests : VacancyIndexConformanceTests, IAsyncLifetime
{
    private string? _prefix;

    protected override IVacancyIndex CreateIndex(string folder)
    {
        var client = ElasticsearchTestCluster.ClientOrSkip();
        _prefix = TestIndexPrefix.For(folder);
        // The suite searches what it has just written: it asks for the read-after-write the Lucene backend gives.
        return new ElasticsearchVacancyIndex(client, _prefix, waitForRefresh: true);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => TestIndexPrefix.DeleteAllAsync(_prefix);
}
