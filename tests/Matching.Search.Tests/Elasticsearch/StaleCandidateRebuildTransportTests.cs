using System.Text.Json.Nodes;
using Matching.Domain.Candidates;
using Matching.Domain.Parties;
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

        var exchanges = ExchangesFrom(start);
        Assert.Equal([$"GET /{Alias}/_mapping", $"POST /{Alias}/_count"], exchanges.Select(e => $"{e.Request.Method} {e.Request.Path}"));
        Assert.Equal(0, exchanges[1].ResponseJson!["count"]!.GetValue<long>());
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
            Assert.Equal(PartyDirectory.SubregionZwolle, document["ownerSubregion"]!.GetValue<string>());
            Assert.Equal(current, document["contentFingerprint"]!.GetValue<string>());
        });
        Assert.Equal((1200, 0), index.Rebuild.Counts);
        Assert.Null(index.Pending);
        Assert.Equal(1200, await index.CountAsync());
    }

    [Fact]
    public async Task Says_how_far_it_is_while_it_works()
    {
        await Before().UpsertAsync(SubregionCandidates(1200));
        using var index = After();
        string? midway = null;
        _server.Meanwhile = request =>
        {
            if (request.Path.EndsWith("/_search", StringComparison.Ordinal) && request.Json?["search_after"] is not null) midway ??= index.Pending;
        };

        await index.StartRebuild();

        Assert.Equal("building 500 of 1200 candidates again: indexed with another vocabulary, reading rules or party directory", midway);
        Assert.Null(index.Pending);
    }

    [Fact]
    public async Task A_document_a_writer_replaced_after_it_was_read_is_left_to_the_writer_and_counts_as_current()
    {
        await Before().UpsertAsync(SubregionCandidates(3));
        using var index = After();
        // Between the page read and the write back, a writer upserts DAL-0002 with other hours.
        _server.Meanwhile = request =>
        {
            if (!request.Path.EndsWith("/_bulk", StringComparison.Ordinal) || !request.Body!.Contains("if_seq_no", StringComparison.Ordinal)) return;
            _server.Meanwhile = null;
            var replaced = _server.Document(Alias, "DAL-0002")!;
            replaced["hours"] = 36;
            replaced["profile"]!["hoursAvailablePerWeek"] = 36;
            _server.Store(Physical, "DAL-0002", replaced);
        };

        await index.StartRebuild();

        var items = _server.Exchanges.Single(e => e.Request.Body?.Contains("if_seq_no", StringComparison.Ordinal) == true && e.Request.Path.EndsWith("/_bulk", StringComparison.Ordinal))
            .ResponseJson!["items"]!.AsArray().Select(i => i!["index"]!).ToArray();
        Assert.Equal([("DAL-0001", 200), ("DAL-0002", 409), ("DAL-0003", 200)], items.Select(i => (i["_id"]!.GetValue<string>(), i["status"]!.GetValue<int>())));
        Assert.Equal("version_conflict_engine_exception", items[1]["error"]!["type"]!.GetValue<string>());
        Assert.Equal(36, (await index.GetAsync("DAL-0002"))!.HoursAvailablePerWeek);
        Assert.Equal((2, 1), index.Rebuild.Counts);
        Assert.Null(index.Pending);
    }

    [Fact]
    public async Task Another_refused_document_is_reported_through_pending_without_its_value_and_the_others_are_built_again()
    {
        await Before().UpsertAsync(SubregionCandidates(3));
        using var index = After();
        _server.RefuseInBulk("DAL-0002", 400, "document_parsing_exception",
            "[1:80] failed to parse field [portfolio] of type [text] in document with id 'DAL-0002'. Preview of field's value: 'heftruck rijden'");

        await index.StartRebuild();

        Assert.Equal("1 candidate(s) could not be built again from their stored profiles (first DAL-0002 (HTTP 400): document_parsing_exception: "
            + "[1:80] failed to parse field [portfolio] of type [text] in document with id 'DAL-0002'. (value withheld)); "
            + "they answer with the words of an earlier vocabulary until upserted again", index.Pending);
        Assert.Equal((2, 0), index.Rebuild.Counts);
        Assert.Equal(PartyDirectory.SubregionZwolle, _server.Document(Alias, "DAL-0003")!["ownerSubregion"]!.GetValue<string>());
        Assert.Equal(PartyDirectory.SubregionVechtdal, _server.Document(Alias, "DAL-0002")!["ownerSubregion"]!.GetValue<string>());
        // The parse error may not quote the document: the node is asked to leave the source out.
        Assert.Equal("false", _server.Requests.Last(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal)).Query["include_source_on_error"]);
    }

    [Fact]
    public async Task An_index_earlier_code_built_without_fingerprints_gets_the_field_and_every_document_built_again()
    {
        // Version 1 as the code before fingerprints created and filled it: a strict mapping without the field.
        var earlier = JsonNode.Parse(RequestJson.Of(CandidateIndexMapping.CreateRequest(Physical, Alias)))!["mappings"]!.AsObject();
        earlier["properties"]!.AsObject().Remove("contentFingerprint");
        earlier.Remove("_meta");
        _server.CreateIndex(Physical, Alias, earlier);
        var documents = new CandidateDocumentBuilder(RegionZwolle.Directory);
        foreach (var profile in SubregionCandidates(2))
        {
            var document = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(documents.Build(profile)))!.AsObject();
            document.Remove("contentFingerprint");
            _server.Store(Physical, profile.Reference, document);
        }
        using var index = After();

        await index.StartRebuild();

        Assert.Equal((2, 0), index.Rebuild.Counts);
        // Nor does it record its analysis: unknown, so not reported.
        Assert.Null(index.Pending);
        Assert.All(new[] { "DAL-0001", "DAL-0002" }, id => Assert.Matches("^[0-9a-f]{16}$", _server.Document(Alias, id)!["contentFingerprint"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_replica_that_finds_the_lease_taken_waits_and_then_finds_nothing_left_to_build()
    {
        await Before().UpsertAsync(SubregionCandidates(3));
        var lease = new OneHolderLease();
        var heldByTheOther = await lease.TryTakeAsync(StaleCandidateRebuild.LeaseName, default);
        using var waiting = After();
        waiting.Rebuild.RetryDelay = TimeSpan.FromMilliseconds(20);
        var start = _server.Exchanges.Count;

        var run = waiting.StartRebuild(lease);
        while (waiting.Pending is null) await Task.Delay(10);
        Assert.Equal("building the candidates again waits to retry: another replica is building the candidates again", waiting.Pending);
        Assert.Empty(ExchangesFrom(start));
        // The holder builds them all, then gives the lease back.
        using (var holder = After())
        {
            await holder.StartRebuild();
            Assert.Equal((3, 0), holder.Rebuild.Counts);
        }
        var afterHolder = _server.Exchanges.Count;
        await heldByTheOther!.DisposeAsync();
        await run;

        var exchanges = ExchangesFrom(afterHolder);
        Assert.Equal($"POST /{Alias}/_count", $"{exchanges[^1].Request.Method} {exchanges[^1].Request.Path}");
        Assert.Equal(0, exchanges[^1].ResponseJson!["count"]!.GetValue<long>());
        Assert.DoesNotContain(exchanges, e => e.Request.Path.EndsWith("/_search") || e.Request.Path.EndsWith("/_bulk"));
        Assert.Equal((0, 0), waiting.Rebuild.Counts);
        Assert.Null(waiting.Pending);
    }

    /// <summary>A lease one holder at a time may have, as the replicas' shared database gives it.</summary>
    private sealed class OneHolderLease : IWorkLease
    {
        private int _held;

        public Task<IAsyncDisposable?> TryTakeAsync(string work, CancellationToken cancellationToken) =>
            Task.FromResult<IAsyncDisposable?>(Interlocked.CompareExchange(ref _held, 1, 0) == 0 ? new Release(this) : null);

        private sealed class Release(OneHolderLease lease) : IAsyncDisposable
        {
            public ValueTask DisposeAsync()
            {
                Volatile.Write(ref lease._held, 0);
                return ValueTask.CompletedTask;
            }
        }
    }

    [Fact]
    public async Task A_cluster_that_sheds_load_is_asked_again_after_the_retry_delay()
    {
        await Before().UpsertAsync(SubregionCandidates(3));
        using var index = After();
        index.Rebuild.RetryDelay = TimeSpan.Zero;
        var start = _server.Exchanges.Count;
        _server.Fail(TransportFailure.TooManyRequests, times: 2);

        await index.StartRebuild();

        Assert.Equal(
            [
                "HEAD /_alias/matching-candidates 429", "HEAD /_alias/matching-candidates 429", "HEAD /_alias/matching-candidates 200",
                $"PUT /{Alias}/_mapping 200", $"GET /{Alias}/_mapping 200", $"POST /{Alias}/_count 200", $"POST /{Alias}/_search 200", $"POST /{Alias}/_bulk 200",
            ],
            ExchangesFrom(start).Select(e => $"{e.Request.Method} {e.Request.Path} {e.Status}"));
        Assert.Equal((3, 0), index.Rebuild.Counts);
        Assert.Null(index.Pending);
    }

    [Fact]
    public async Task A_failure_retrying_cannot_mend_ends_the_rebuild_and_is_reported()
    {
        await Before().UpsertAsync(SubregionCandidates(3));
        using var index = After();
        await index.CountAsync();
        _server.Fail(new TransportFailure.ServerError(403, "security_exception",
            "action [indices:data/read/search] is unauthorized for user [matching] with effective roles [reader]"));

        await Assert.ThrowsAsync<ElasticsearchCallException>(() => index.StartRebuild());

        const string refusal = "(HTTP 403): security_exception: action [indices:data/read/search] is unauthorized for user [matching] with effective roles [reader])";
        Assert.Equal("the analysis settings of matching-candidates could not be checked (Elasticsearch could not read the mapping of matching-candidates "
            + refusal + "; building the candidates again from their stored profiles failed (Elasticsearch could not count candidates built with other content "
            + refusal + "; they answer with the words of an earlier vocabulary until upserted again", index.Pending);
    }

    [Fact]
    public async Task An_index_created_with_other_analysis_settings_is_reported_until_it_moves_to_a_new_version()
    {
        // Version 1 as code with another compound word list created it: its analysis fingerprint differs.
        var other = JsonNode.Parse(RequestJson.Of(CandidateIndexMapping.CreateRequest(Physical, Alias)))!["mappings"]!.AsObject();
        other["_meta"]!["analysis"] = "0123456789abcdef";
        _server.CreateIndex(Physical, Alias, other);
        await Before().UpsertAsync(SubregionCandidates(2));
        using var index = After();

        await index.StartRebuild();

        // Building the documents again cannot change the index's analysis: that stays reported after the rebuild.
        Assert.Equal((2, 0), index.Rebuild.Counts);
        Assert.Equal("matching-candidates-v1 analyses portfolios with other settings (compound words, analysis chain) than this code creates: "
            + "move matching-candidates to a new version (AliasedIndex.ReindexAsync) to analyse them as this code does", index.Pending);

        await index.Index.ReindexAsync(2);
        using var reopened = After();
        await reopened.StartRebuild();

        Assert.Equal(["matching-candidates-v2"], _server.IndicesOf(Alias));
        Assert.Null(reopened.Pending);
        // The copy keeps each document's fingerprint: nothing is left to build again.
        Assert.Equal((0, 0), reopened.Rebuild.Counts);
        Assert.Equal(2, await reopened.CountAsync());
    }

    [Fact]
    public async Task A_stored_profile_that_cannot_be_read_is_reported_by_reference_only()
    {
        await Before().UpsertAsync(SubregionCandidates(2));
        var broken = _server.Document(Alias, "DAL-0001")!;
        broken["profile"] = new JsonObject { ["reference"] = "DAL-0001", ["hoursAvailablePerWeek"] = "vierentwintig uur" };
        _server.Store(Physical, "DAL-0001", broken);
        using var index = After();

        await index.StartRebuild();

        Assert.Equal("1 candidate(s) could not be built again from their stored profiles (first DAL-0001: stored profile unreadable); "
            + "they answer with the words of an earlier vocabulary until upserted again", index.Pending);
        Assert.Equal((1, 0), index.Rebuild.Counts);
    }
}
