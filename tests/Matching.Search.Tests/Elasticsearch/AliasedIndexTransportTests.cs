using Matching.Search.Elasticsearch;
using Matching.Search.Testing.Elasticsearch;
using static Matching.Search.Tests.VacancyBuilder;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>Moving an alias to a new physical version (create, reindex, atomic swap) through <see cref="ElasticsearchTestTransport"/>.</summary>
public sealed class AliasedIndexTransportTests
{
    private readonly ElasticsearchTestTransport _server = new();
    private readonly ElasticsearchVacancyIndex _vacancies;

    public AliasedIndexTransportTests() => _vacancies = new ElasticsearchVacancyIndex(_server.CreateClient(), "matching");

    [Fact]
    public async Task Reindex_copies_every_document_into_the_new_version_and_swaps_the_alias_in_one_update()
    {
        await _vacancies.UpsertAsync([Vacancy("VAC-1"), Vacancy("VAC-2")]);

        await _vacancies.Index.ReindexAsync(2);

        Assert.Equal(["matching-vacancies-v2"], _server.IndicesOf("matching-vacancies"));
        Assert.NotNull(_server.Document("matching-vacancies-v2", "VAC-2"));
        var steps = _server.Exchanges.SkipWhile(e => e.Request.Method != "GET").Select(e => $"{e.Request.Method} {e.Request.Path} {e.Status}");
        Assert.Equal(["GET /_alias/matching-vacancies 200", "PUT /matching-vacancies-v2 200", "POST /_reindex 200", "POST /_aliases 200"], steps);
        var reindex = _server.Exchanges.Single(e => e.Request.Path == "/_reindex");
        Assert.Equal(2, reindex.ResponseJson!["created"]!.GetValue<long>());
        Assert.Equal("true", reindex.Request.Query["wait_for_completion"]);
        // After the swap, reads and writes go to the new version through the same alias.
        Assert.Equal(2, await _vacancies.CountAsync());
        await _vacancies.UpsertAsync([Vacancy("VAC-3")]);
        Assert.NotNull(_server.Document("matching-vacancies-v2", "VAC-3"));
        Assert.Null(_server.Document("matching-vacancies-v1", "VAC-3"));
    }

    [Fact]
    public async Task Reindex_onto_the_version_the_alias_already_points_at_is_refused()
    {
        await _vacancies.CountAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _vacancies.Index.ReindexAsync(IndexNames.CurrentVersion));

        Assert.Equal("Alias matching-vacancies already points at matching-vacancies-v1.", error.Message);
        Assert.DoesNotContain(_server.Requests, r => r.Path == "/_reindex");
    }

    [Fact]
    public async Task A_swap_the_server_refuses_fails_with_its_reason_and_leaves_the_alias()
    {
        await _vacancies.CountAsync();
        // Someone removed the alias from v1 between the read and the swap: must_exist makes the swap fail whole.
        _server.Meanwhile = request =>
        {
            if (request.Path == "/_aliases")
            {
                _server.DeleteIndex("matching-vacancies-v1");
                _server.CreateIndex("matching-vacancies-v1");
            }
        };

        var error = await Assert.ThrowsAsync<ElasticsearchCallException>(() => _vacancies.Index.ReindexAsync(2));

        Assert.Equal(404, error.HttpStatus);
        Assert.Contains("aliases_not_found_exception", error.Message);
        Assert.Empty(_server.IndicesOf("matching-vacancies"));
    }

    [Fact]
    public async Task Reading_the_alias_while_the_engine_is_unavailable_fails_transiently()
    {
        await _vacancies.CountAsync();
        _server.Fail(TransportFailure.Unavailable);

        var error = await Assert.ThrowsAsync<ElasticsearchCallException>(() => _vacancies.Index.ReindexAsync(2));

        Assert.Equal(503, error.HttpStatus);
        Assert.True(error.IsTransient);
        Assert.Contains("read alias matching-vacancies", error.Message);
    }

    [Fact]
    public async Task A_reindex_the_engine_refuses_leaves_the_alias_on_the_old_version()
    {
        await _vacancies.UpsertAsync([Vacancy("VAC-1")]);
        _server.Meanwhile = request =>
        {
            if (request.Path == "/_reindex") _server.Fail(TransportFailure.TooManyRequests, times: 1);
        };

        var error = await Assert.ThrowsAsync<ElasticsearchCallException>(() => _vacancies.Index.ReindexAsync(2));

        Assert.Equal(429, error.HttpStatus);
        Assert.Contains("reindex matching-vacancies into matching-vacancies-v2", error.Message);
        Assert.Equal(["matching-vacancies-v1"], _server.IndicesOf("matching-vacancies"));
        Assert.DoesNotContain(_server.Requests, r => r.Path == "/_aliases");
    }
}
