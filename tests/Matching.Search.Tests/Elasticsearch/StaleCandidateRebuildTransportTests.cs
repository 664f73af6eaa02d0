using System.Text.Json.Nodes;
using Matching.Domain.Candidates;
using Matching.Search.Elasticsearch;
using Matching.Search.Testing.Elasticsearch;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>
/// Building candidate documents again on Elasticsearch when they were built with other content (here: another party
/// directory, which moves Dalfsen to the subregion of Zwolle), through <see cref="ElasticsearchTestTransport"/>: which
/// documents are read, how they are paged, and that a write never replaces a version other than the one read.
/// </summary>
public sealed class StaleCandidateRebuildTransportTests
{
    private const string Alias = "matching-candidates";
    private const string Physical = "matching-candidates-v1";

    private readonly ElasticsearchTestTransport _server = new();

    /// <summary>The index as code with the earlier directory built it.</summary>
    private ElasticsearchCandidateIndex Before() => new(_server.CreateClient(), "matching", RegionZwolle.Directory);

    /// <summary>The index as code with the new directory opens it.</summary>
    private ElasticsearchCandidateIndex After() => new(_server.CreateClient(), "matching", RegionZwolle.DalfsenMovedToZwolle);

    private static CandidateProfile[] SubregionCandidates(int count) => Enumerable.Range(1, count)
        .Select(i => Candidate($"DAL-{i:D4}").Consenting(ConsentScope.Subregion).Build()).ToArray();

    private IReadOnlyList<Exchange> ExchangesFrom(int start) => _server.Exchanges.Skip(start).ToArray();

    [Fact]
    public async Task Nothing_is_read_or_written_when_every_document_is_current()
    {
        using var index = After();
        await index.UpsertAsync(SubregionCandidates(3));
        var start = _server.Exchanges.Count;

        await index.StartRebuild();

        var count = Assert.Single(ExchangesFrom(start));
        Assert.Equal($"POST /{Alias}/_count", $"{count.Request.Method} {count.Request.Path}");
        Assert.Equal(0, count.ResponseJson!["count"]!.GetValue<long>());
        Assert.Null(index.Pending);
        Assert.Equal((0, 0), index.Rebuild.Counts);
    }

    [Fact]
    public async Task Documents_built_with_other_content_are_read_page_by_page_after_the_last_reference_and_built_again()
    {
        await Before().UpsertAsync(SubregionCandidates(1200));
        Assert.All(new[] { "DAL-0001", "DAL-1200" }, id => Assert.Equal("Vechtdal", _server.Document(Alias, id)!["ownerSubregion"]!.GetValue<string>()));
        var stale = _server.Document(Alias, "DAL-0001")!["contentFingerprint"]!.GetValue<string>();
        using var index = After();
        var start = _server.Exchanges.Count;

        await index.StartRebuild();

        var exchanges = ExchangesFrom(start);
        var current = _server.Document(Alias, "DAL-0001")!["contentFingerprint"]!.GetValue<string>();
        Assert.NotEqual(stale, current);
        // Stale means: not this code's fingerprint (a document without one included).
        var staleQuery = new JsonObject
        {
            ["bool"] = new JsonObject { ["must_not"] = new JsonObject { ["term"] = new JsonObject { ["contentFingerprint"] = new JsonObject { ["value"] = current } } } },
        }.ToJsonString();
        var count = exchanges.Single(e => e.Request.Path == $"/{Alias}/_count");
        Assert.Equal(staleQuery, count.Request.Json!["query"]!.ToJsonString());
        Assert.Equal(1200, count.ResponseJson!["count"]!.GetValue<long>());

        var pages = exchanges.Where(e => e.Request.Path == $"/{Alias}/_search").ToArray();
        Assert.Equal(3, pages.Length);
        Assert.All(pages.Select(p => p.Request.Json!), body =>
        {
            Assert.Equal(staleQuery, body["query"]!.ToJsonString());
            // One sort key is sent as the object itself (_types/sort.ts: Sort is one SortCombinations or a list).
            Assert.Equal("""{"reference":{"order":"asc"}}""", body["sort"]!.ToJsonString());
            Assert.True(body["seq_no_primary_term"]!.GetValue<bool>());
            Assert.Equal("""{"includes":"profile"}""", body["_source"]!.ToJsonString());
            Assert.Equal(500, body["size"]!.GetValue<int>());
        });
        Assert.Null(pages[0].Request.Json!["search_after"]);
        Assert.Equal("""["DAL-0500"]""", pages[1].Request.Json!["search_after"]!.ToJsonString());
        Assert.Equal("""["DAL-1000"]""", pages[2].Request.Json!["search_after"]!.ToJsonString());
        Assert.Equal([500, 500, 200], pages.Select(p => p.ResponseJson!["hits"]!["hits"]!.AsArray().Count));

        var bulks = exchanges.Where(e => e.Request.Path == $"/{Alias}/_bulk").ToArray();
        Assert.Equal(3, bulks.Length);
        Assert.All(bulks.Select(b => b.Request.Query["require_alias"]), requireAlias => Assert.Equal("true", requireAlias));
        Assert.All(bulks.Select(b => b.ResponseJson!["errors"]!.GetValue<bool>()), errors => Assert.False(errors));
        // Each item is written only over the version its page read.
        var read = pages[0].ResponseJson!["hits"]!["hits"]!.AsArray().ToDictionary(h => h!["_id"]!.GetValue<string>(), h => h!["_seq_no"]!.GetValue<long>());
        var written = bulks[0].Request.Lines.Where((_, i) => i % 2 == 0).Select(l => l["index"]!).ToArray();
        Assert.Equal(500, written.Length);
        Assert.All(written, item =>
        {
            Assert.Equal(read[item["_id"]!.GetValue<string>()], item["if_seq_no"]!.GetValue<long>());
            Assert.Equal(1, item["if_primary_term"]!.GetValue<long>());
        });
        Assert.All(new[] { "DAL-0001", "DAL-0500", "DAL-0501", "DAL-1200" }, id =>
        {
            var document = _server.Document(Alias, id)!;
            Assert.Equal(Matching.Domain.Parties.PartyDirectory.SubregionZwolle, document["ownerSubregion"]!.GetValue<string>());
            Assert.Equal(current, document["contentFingerprint"]!.GetValue<string>());
        });
        Assert.Equal((1200, 0), index.Rebuild.Counts);
        Assert.Null(index.Pending);
        Assert.Equal(1200, await index.CountAsync());
    }
}
