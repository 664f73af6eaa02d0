using System.Text.Json;
using Matching.Domain;
using Matching.Domain.Common;
using Matching.Domain.Vacancies;
using Matching.Search.Elasticsearch;
using Matching.Search.Testing.Elasticsearch;
using static Matching.Search.Tests.VacancyBuilder;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>Every call of the Elasticsearch vacancy index through the real client against <see cref="ElasticsearchTestTransport"/>.</summary>
public sealed class ElasticsearchVacancyIndexTransportTests
{
    private const string Alias = "matching-vacancies";

    private readonly ElasticsearchTestTransport _server = new();
    private readonly ElasticsearchVacancyIndex _index;

    public ElasticsearchVacancyIndexTransportTests() => _index = new ElasticsearchVacancyIndex(_server.CreateClient(), "matching");

    private static VacancyQuery OpenVacancies => new() { Statuses = [VacancyStatus.Open], Size = 20 };

    [Fact]
    public async Task Search_reads_hits_whose_source_holds_the_vacancy_field_only()
    {
        await _index.UpsertAsync([Vacancy("VAC-1").Titled("Heftruckchauffeur"), Vacancy("VAC-2").Titled("Inpakker")]);

        var vacancies = await _index.SearchAsync(OpenVacancies);

        var search = _server.Exchanges.Single(e => e.Request.Path == $"/{Alias}/_search");
        Assert.Equal("""{"includes":"vacancy"}""", search.Request.Json!["_source"]!.ToJsonString());
        var hits = search.ResponseJson!["hits"]!["hits"]!.AsArray();
        Assert.All(hits, hit => Assert.Equal(["vacancy"], hit!["_source"]!.AsObject().Select(p => p.Key)));
        // Sorted on fields only: the server sends no score, and each hit's sort values.
        Assert.All(hits, hit => Assert.Null(hit!["_score"]));
        Assert.Equal(2, hits[0]!["sort"]!.AsArray().Count);
        Assert.Equal(["Heftruckchauffeur", "Inpakker"], vacancies.Select(v => v.Title));
    }

    [Fact]
    public async Task Search_of_size_zero_asks_nothing()
    {
        Assert.Empty(await _index.SearchAsync(OpenVacancies with { Size = 0 }));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Get_asks_for_the_vacancy_field_only_and_reads_it()
    {
        Vacancy vacancy = Vacancy("VAC-1").Titled("Lasser");
        await _index.UpsertAsync([vacancy]);

        var read = await _index.GetAsync("VAC-1");

        var get = _server.Exchanges.Single(e => e.Request.Method == "GET" && e.Request.Path == $"/{Alias}/_doc/VAC-1");
        Assert.Equal("vacancy", get.Request.Query["_source_includes"]);
        Assert.Equal(["vacancy"], get.ResponseJson!["_source"]!.AsObject().Select(p => p.Key));
        Assert.Equal(JsonSerializer.Serialize(vacancy, DomainJson.Options), JsonSerializer.Serialize(read, DomainJson.Options));
    }

    [Fact]
    public async Task Get_of_an_unknown_id_is_null()
    {
        await _index.CountAsync();

        Assert.Null(await _index.GetAsync("VAC-404"));
    }

    [Fact]
    public async Task Count_reads_the_count()
    {
        await _index.UpsertAsync([Vacancy("VAC-1"), Vacancy("VAC-2")]);

        Assert.Equal(2, await _index.CountAsync());
    }

    [Fact]
    public async Task Upsert_stores_the_filter_fields_and_the_whole_vacancy_without_a_refresh()
    {
        await _index.UpsertAsync([Vacancy("VAC-1").InBranche(Branche.Zorg)]);

        var bulk = _server.Requests.Single(r => r.Path == $"/{Alias}/_bulk");
        Assert.False(bulk.Query.ContainsKey("refresh"));
        var stored = _server.Document(Alias, "VAC-1")!;
        Assert.Equal("Zorg", stored["branche"]!.GetValue<string>());
        Assert.Equal("VAC-1", stored["vacancy"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_bulk_with_a_refused_item_fails()
    {
        _server.RefuseInBulk("VAC-2", 400, "strict_dynamic_mapping_exception", "[1:2] mapping set to strict, dynamic introduction of [extra] within [_doc] is not allowed");

        var error = await Assert.ThrowsAsync<ElasticsearchBulkException>(() => _index.UpsertAsync([Vacancy("VAC-1"), Vacancy("VAC-2")]));

        Assert.Equal("VAC-2", error.Failures.Single().Id);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [MemberData(nameof(NamedFailures.WithStatus), MemberType = typeof(NamedFailures))]
    public async Task Every_call_reports_a_failed_answer_with_its_status_and_whether_it_is_transient(string failure, int? status, bool transient)
    {
        await _index.CountAsync();
        _server.Fail(NamedFailures.Get(failure));

        foreach (var call in new Func<Task>[]
                 {
                     () => _index.SearchAsync(OpenVacancies),
                     () => _index.GetAsync("VAC-1"),
                     () => _index.CountAsync(),
                     () => _index.UpsertAsync([Vacancy("VAC-1")]),
                 })
        {
            var error = await Assert.ThrowsAsync<ElasticsearchCallException>(call);
            Assert.Equal(status, error.HttpStatus);
            Assert.Equal(transient, error.IsTransient);
        }
    }
}
