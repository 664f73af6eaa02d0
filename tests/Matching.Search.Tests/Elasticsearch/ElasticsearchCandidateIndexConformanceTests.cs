using Matching.Search.Elasticsearch;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>The shared candidate conformance suite on Elasticsearch; skipped when no cluster is reachable.</summary>
public sealed class ElasticsearchCandidateIndexConformanceTests : CandidateIndexConformanceTests, IAsyncLifetime
{
    private string? _prefix;

    /// <summary>Reopening the same folder reopens the same indexes, as a restarted process would.</summary>
    protected override ICandidateIndex CreateIndex(string folder)
    {
        var client = ElasticsearchTestCluster.ClientOrSkip();
        _prefix = TestIndexPrefix.For(folder);
        // The suite searches what it has just written: it asks for the read-after-write the Lucene backend gives.
        return new ElasticsearchCandidateIndex(client, _prefix, RegionZwolle.Directory, waitForRefresh: true);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => TestIndexPrefix.DeleteAllAsync(_prefix);
}
