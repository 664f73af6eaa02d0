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
        return new ElasticsearchVacancyIndex(client, _prefix);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => TestIndexPrefix.DeleteAllAsync(_prefix);
}
