using Matching.Domain.Candidates;
using Matching.Search.Elasticsearch;
using static Matching.Search.Tests.CandidateBuilder;

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

    /// <summary>The Elasticsearch side of <c>Analysing_an_index_built_with_other_content_again</c>, on a real node.</summary>
    [SkippableFact]
    public async Task Should_make_a_candidate_visible_to_the_owners_new_subregion_after_the_directory_changed()
    {
        await Given(Enumerable.Range(1, 30)
            .Select(i => Candidate($"DAL-{i}").OwnedBy(RegionZwolle.Dalfsen.Code).Consenting(ConsentScope.Subregion).Build()).ToArray());
        Assert.Equal(0, (await Index.SearchAsync(AskedBy(RegionZwolle.Zwolle))).TotalEligible);

        using var after = new ElasticsearchCandidateIndex(ElasticsearchTestCluster.ClientOrSkip(), _prefix!, RegionZwolle.DalfsenMovedToZwolle,
            waitForRefresh: true);
        await after.StartRebuild();

        Assert.Equal(30, (await after.SearchAsync(AskedBy(RegionZwolle.Zwolle))).TotalEligible);
        Assert.Equal((30, 0), after.Rebuild.Counts);
        Assert.Null(after.Pending);
        Assert.Equal(ConsentScope.Subregion, (await after.GetAsync("DAL-7"))!.Consent);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => TestIndexPrefix.DeleteAllAsync(_prefix);
}
