using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Matching.Domain;
using Matching.Search.Elasticsearch;
using Matching.Search.Testing.Elasticsearch;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>
/// Every call of the Elasticsearch candidate index through the real client against <see cref="ElasticsearchTestTransport"/>,
/// which answers in Elasticsearch 9's shapes: what is sent, how each answer is read, and how each failure surfaces.
/// Which candidates a query selects is the conformance suite's job on a real server.
/// </summary>
public sealed class ElasticsearchCandidateIndexTransportTests
{
    private const string Alias = "matching-candidates";
    private const string Physical = "matching-candidates-v1";

    private readonly ElasticsearchTestTransport _server = new();
    private readonly ElasticsearchCandidateIndex _index;

    public ElasticsearchCandidateIndexTransportTests() =>
        _index = new ElasticsearchCandidateIndex(_server.CreateClient(), "matching", RegionZwolle.Directory);

    private static CandidateQuery Query(string text = "heftruck") => new() { Text = text, VisibleTo = RegionZwolle.Dalfsen, Size = 10 };

    [Fact]
    public async Task Search_reads_hits_whose_source_holds_the_profile_field_only()
    {
        await _index.UpsertAsync([Candidate("cand-1").WithSkills("heftruck").Build(), Candidate("cand-2").Build()]);
        _server.Score("cand-1", 2.5);
        _server.Score("cand-2", 0.75);

        var result = await _index.SearchAsync(Query());

        // The answer a server gives this request: _source filtered to "profile", no other field of the document.
        var search = _server.Exchanges.Single(e => e.Request.Path == $"/{Alias}/_search");
        Assert.Equal("""{"includes":"profile"}""", search.Request.Json!["_source"]!.ToJsonString());
        var hits = search.ResponseJson!["hits"]!["hits"]!.AsArray();
        Assert.All(hits, hit => Assert.Equal(["profile"], hit!["_source"]!.AsObject().Select(p => p.Key)));
        Assert.Equal(2, result.TotalEligible);
        Assert.Equal([("cand-1", 2.5), ("cand-2", 0.75)], result.Hits.Select(h => (h.Profile.Reference, h.TextScore)));
        Assert.Equal(["heftruck"], result.Hits[0].Profile.Portfolio.Skills);
    }

    [Fact]
    public async Task The_filtered_hit_source_cannot_be_read_as_the_indexed_document_which_is_why_reads_use_their_own_type()
    {
        await _index.UpsertAsync([Candidate("cand-1").Build()]);
        await _index.SearchAsync(Query());
        var source = _server.Exchanges.Single(e => e.Request.Path.EndsWith("/_search", StringComparison.Ordinal))
            .ResponseJson!["hits"]!["hits"]![0]!["_source"]!.ToJsonString();

        // What the client did with this answer before reads got their own type: "missing required properties".
        var client = _server.CreateClient();
        var error = Assert.ThrowsAny<JsonException>(() => client.SourceSerializer.Deserialize<CandidateDocument>(new MemoryStream(Encoding.UTF8.GetBytes(source))));
        Assert.Contains("missing required properties", error.Message);
    }

    [Fact]
    public async Task Search_without_any_stored_candidate_reads_an_empty_answer()
    {
        var result = await _index.SearchAsync(Query());

        Assert.Equal(0, result.TotalEligible);
        Assert.Empty(result.Hits);
        Assert.Null(_server.Exchanges.Last(e => e.Request.Segments.Contains("_search")).ResponseJson!["hits"]!["max_score"]);
    }

    [Fact]
    public async Task Get_asks_for_the_profile_field_only_and_reads_it()
    {
        var profile = Candidate("cand-1").WithSkills("orderpicken").Build();
        await _index.UpsertAsync([profile]);

        var read = await _index.GetAsync("cand-1");

        var get = _server.Exchanges.Single(e => e.Request.Method == "GET" && e.Request.Path == $"/{Alias}/_doc/cand-1");
        Assert.Equal("profile", get.Request.Query["_source_includes"]);
        Assert.Equal(["profile"], get.ResponseJson!["_source"]!.AsObject().Select(p => p.Key));
        Assert.Equal(JsonSerializer.Serialize(profile, DomainJson.Options), JsonSerializer.Serialize(read, DomainJson.Options));
    }

    [Fact]
    public async Task Get_of_an_unknown_reference_is_null()
    {
        await _index.UpsertAsync([Candidate("cand-1").Build()]);

        Assert.Null(await _index.GetAsync("cand-404"));
        Assert.Equal(404, _server.Exchanges.Last().Status);
        Assert.False(_server.Exchanges.Last().ResponseJson!["found"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_from_an_index_that_vanished_fails_instead_of_answering_not_found()
    {
        await _index.UpsertAsync([Candidate("cand-1").Build()]);
        // Deleted behind the process's back: a 404 again, but with an index_not_found error instead of found=false.
        _server.DeleteIndex(Physical);

        var error = await Assert.ThrowsAsync<ElasticsearchCallException>(() => _index.GetAsync("cand-1"));

        Assert.Equal(404, error.HttpStatus);
        Assert.False(error.IsTransient);
        Assert.Contains("index_not_found_exception: no such index [matching-candidates]", error.Message);
    }

    [Fact]
    public async Task Count_reads_the_count()
    {
        await _index.UpsertAsync([Candidate("cand-1").Build(), Candidate("cand-2").Build(), Candidate("cand-3").Build()]);

        Assert.Equal(3, await _index.CountAsync());
        Assert.Equal($"/{Alias}/_count", _server.Requests.Last().Path);
    }

    [Fact]
    public async Task First_use_creates_the_versioned_index_under_the_alias_once()
    {
        await _index.CountAsync();
        await _index.CountAsync();

        Assert.Equal(["HEAD /_alias/matching-candidates", $"PUT /{Physical}", $"POST /{Alias}/_count", $"POST /{Alias}/_count"],
            _server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal([Physical], _server.IndicesOf(Alias));
        var create = _server.Requests[1].Json!;
        Assert.Equal("strict", create["mappings"]!["dynamic"]!.GetValue<string>());
        Assert.True(create["aliases"]![Alias]!["is_write_index"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_existing_alias_is_used_as_it_is_with_the_fields_this_code_added_to_its_mapping()
    {
        _server.CreateIndex("matching-candidates-v7", Alias);

        await _index.CountAsync();
        await _index.CountAsync();

        Assert.Equal(["HEAD /_alias/matching-candidates", $"PUT /{Alias}/_mapping", $"POST /{Alias}/_count", $"POST /{Alias}/_count"],
            _server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal("""{"properties":{"contentFingerprint":{"type":"keyword"}}}""", _server.Requests[1].Json!.ToJsonString());
        Assert.Equal(["matching-candidates-v7"], _server.IndicesOf(Alias));
    }

    [Fact]
    public async Task An_index_created_before_documents_carried_their_content_fingerprint_accepts_them_once_the_field_is_added()
    {
        // The strict mapping of version 1 as earlier code created it: without the fingerprint field.
        var earlier = JsonNode.Parse(RequestJson.Of(CandidateIndexMapping.CreateRequest(Physical, Alias)))!["mappings"]!.AsObject();
        Assert.True(earlier["properties"]!.AsObject().Remove("contentFingerprint"));
        _server.CreateIndex(Physical, Alias, earlier);

        // Without the put-mapping (a client that writes directly), the strict mapping refuses the new field.
        var refused = await _server.CreateClient().BulkAsync(BulkUpsert.Request(Alias, [("cand-0", new CandidateDocumentBuilder(RegionZwolle.Directory).Build(Candidate("cand-0").Build()))]));
        Assert.Equal("strict_dynamic_mapping_exception", refused.Items.Single().Error!.Type);

        await _index.UpsertAsync([Candidate("cand-1").Build()]);

        Assert.NotNull(_server.Document(Alias, "cand-1")!["contentFingerprint"]);
    }

    [Fact]
    public async Task An_index_another_process_created_meanwhile_is_accepted()
    {
        // Another replica creates it between this one's alias check and its create.
        _server.Meanwhile = request =>
        {
            if (request.Method == "PUT") _server.CreateIndex(Physical, Alias);
        };

        await _index.CountAsync();

        var create = _server.Exchanges.Single(e => e.Request.Method == "PUT" && e.Request.Path == $"/{Physical}");
        Assert.Equal(400, create.Status);
        Assert.Equal("resource_already_exists_exception", create.ResponseJson!["error"]!["type"]!.GetValue<string>());
        // The other process may run earlier code: the fields this code added are put on its index.
        Assert.Equal(200, _server.Exchanges.Single(e => e.Request.Path == $"/{Alias}/_mapping").Status);
    }

    [Fact]
    public async Task Upsert_sends_one_bulk_of_index_operations_without_a_refresh_and_requiring_the_alias()
    {
        await _index.UpsertAsync([Candidate("cand-1").Build(), Candidate("cand-2").Travelling(40).Build()]);

        var bulk = _server.Requests.Single(r => r.Path == $"/{Alias}/_bulk");
        Assert.False(bulk.Query.ContainsKey("refresh"));
        Assert.Equal("true", bulk.Query["require_alias"]);
        Assert.Equal("false", bulk.Query["include_source_on_error"]);
        Assert.Equal(["cand-1", "cand-2"], bulk.Lines.Where((_, i) => i % 2 == 0).Select(l => l["index"]!["_id"]!.GetValue<string>()));
        var stored = _server.Document(Alias, "cand-2")!;
        Assert.Equal(40, stored["maxTravelKm"]!.GetValue<int>());
        Assert.Equal("cand-2", stored["profile"]!["reference"]!.GetValue<string>());
    }

    [Fact]
    public async Task Upsert_waits_for_a_refresh_when_configured_to()
    {
        var index = new ElasticsearchCandidateIndex(_server.CreateClient(), "matching", RegionZwolle.Directory, waitForRefresh: true);

        await index.UpsertAsync([Candidate("cand-1").Build()]);

        Assert.Equal("wait_for", _server.Requests.Single(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal)).Query["refresh"]);
    }

    [Fact]
    public async Task A_bulk_with_a_mapping_rejection_fails_naming_the_item_without_quoting_its_value()
    {
        _server.RefuseInBulk("cand-2", 400, "document_parsing_exception",
            "[1:245] failed to parse field [portfolio] of type [text] in document with id 'cand-2'. Preview of field's value: 'heftruck rijden'");

        var error = await Assert.ThrowsAsync<ElasticsearchBulkException>(() =>
            _index.UpsertAsync([Candidate("cand-1").Build(), Candidate("cand-2").Build()]));

        Assert.Equal([("cand-2", 400)], error.Failures.Select(f => (f.Id, f.Status)));
        Assert.False(error.IsTransient);
        Assert.Contains("document_parsing_exception: [1:245] failed to parse field [portfolio]", error.Message);
        Assert.DoesNotContain("heftruck", error.Message);
        Assert.NotNull(_server.Document(Alias, "cand-1"));
        Assert.True(_server.Exchanges.Single(e => e.Request.Path.EndsWith("/_bulk", StringComparison.Ordinal)).ResponseJson!["errors"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_bulk_whose_items_were_rejected_for_load_is_transient()
    {
        _server.RefuseInBulk("cand-1", 429, "es_rejected_execution_exception", "rejected execution of primary operation");

        var error = await Assert.ThrowsAsync<ElasticsearchBulkException>(() => _index.UpsertAsync([Candidate("cand-1").Build()]));

        Assert.Equal(429, error.Failures.Single().Status);
        Assert.True(error.IsTransient);
    }

    [Theory]
    [MemberData(nameof(NamedFailures.WithStatus), MemberType = typeof(NamedFailures))]
    public async Task Every_call_reports_a_failed_answer_with_its_status_and_whether_it_is_transient(string failure, int? status, bool transient)
    {
        await _index.CountAsync();
        _server.Fail(NamedFailures.Get(failure));

        var calls = new Func<Task>[]
        {
            () => _index.SearchAsync(Query()),
            () => _index.GetAsync("cand-1"),
            () => _index.CountAsync(),
            () => _index.UpsertAsync([Candidate("cand-1").Build()]),
        };
        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<ElasticsearchCallException>(call);
            Assert.Equal(status, error.HttpStatus);
            Assert.Equal(transient, error.IsTransient);
        }
    }

    [Fact]
    public async Task A_refused_connection_on_first_use_is_reported_as_no_response_not_as_a_failed_create()
    {
        _server.Fail(TransportFailure.Refused);

        var error = await Assert.ThrowsAsync<ElasticsearchCallException>(() => _index.CountAsync());

        Assert.Null(error.HttpStatus);
        Assert.True(error.IsTransient);
        Assert.Contains("check alias matching-candidates", error.Message);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task The_server_error_type_and_reason_are_in_the_message()
    {
        await _index.CountAsync();
        _server.Fail(TransportFailure.Unavailable);

        var error = await Assert.ThrowsAsync<ElasticsearchCallException>(() => _index.SearchAsync(Query()));

        Assert.Equal("Elasticsearch could not search candidates (HTTP 503): cluster_block_exception: blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized];",
            error.Message);
    }
}
