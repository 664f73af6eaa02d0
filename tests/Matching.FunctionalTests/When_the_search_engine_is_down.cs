using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Matching.Contracts;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>
/// Reads fail fast with a retry hint; writes the API accepted are kept and indexed once the engine is back. The outage
/// is an Elasticsearch cluster refusing connections, shedding load (429), unavailable (503) or not answering.
/// </summary>
public sealed class When_the_search_engine_is_down : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    private static RankCandidatesRequest InlineRequest() => new()
    {
        RequestingParty = Fixtures.Dalfsen,
        Vacancy = new VacancySpec { Employer = "Bakkerij Van Dijk", Title = "Inpakker", Branche = "Voedingsindustrie", Postcode = "7721", MinHoursPerWeek = 20, Kind = "Regular" },
    };

    [Theory]
    [InlineData(SearchOutage.Mode.Refused)]
    [InlineData(SearchOutage.Mode.TooManyRequests)]
    [InlineData(SearchOutage.Mode.Unavailable)]
    [InlineData(SearchOutage.Mode.NoAnswer)]
    public async Task Ranking_answers_Unavailable_with_a_retry_hint(SearchOutage.Mode mode)
    {
        var client = _host.GrpcClient();
        _host.Outage.Current = mode;

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client.RankCandidatesAsync(InlineRequest(), deadline: DateTime.UtcNow.Add(Patience)).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.NotEmpty(_host.Outage.RequestsDuringOutages);
        var retry = error.GetRpcStatus()!.GetDetail<Google.Rpc.RetryInfo>();
        Assert.True(retry.RetryDelay.ToTimeSpan() > TimeSpan.Zero);
    }

    [Theory]
    [InlineData(SearchOutage.Mode.Refused)]
    [InlineData(SearchOutage.Mode.TooManyRequests)]
    [InlineData(SearchOutage.Mode.Unavailable)]
    public async Task Rest_reads_answer_503_with_Retry_After(SearchOutage.Mode mode)
    {
        var client = _host.CreateClient();
        _host.Outage.Current = mode;

        var response = await client.GetAsync("/api/vacancies/VAC-0001");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.NotEmpty(_host.Outage.RequestsDuringOutages);
    }

    [Fact]
    public async Task An_accepted_vacancy_is_kept_and_indexed_when_the_engine_returns()
    {
        var client = _host.CreateClient();
        _host.Outage.Current = SearchOutage.Mode.Unavailable;

        var accepted = await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy());
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.False(_host.Harness.Published.Select<VacancyPublished>().Any(x => x.Context.Message.VacancyId == id),
            "the event must wait until the vacancy is indexed: consumers read the index");

        _host.Outage.Current = SearchOutage.Mode.None;

        var vacancy = await Eventually(async () => await client.GetAsync($"/api/vacancies/{id}") is { StatusCode: HttpStatusCode.OK } ok ? ok : null);
        Assert.Equal("Heftruckchauffeur magazijn", (await vacancy.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        // The drainer publishes right after indexing; wait for it rather than racing the harness's inactivity timer.
        await Eventually(() => Task.FromResult(_host.Harness.Published.Select<VacancyPublished>().Any(x => x.Context.Message.VacancyId == id) ? "published" : null));
    }

    [Fact]
    public async Task An_accepted_write_survives_a_restart_while_the_engine_is_down()
    {
        string id;
        using (var first = new MatchingHostFactory(_host.DataDirectory))
        {
            var client = first.CreateClient();
            first.Outage.Current = SearchOutage.Mode.Refused;
            var accepted = await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy());
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var restarted = _host.CreateClient();
        var vacancy = await Eventually(async () => await restarted.GetAsync($"/api/vacancies/{id}") is { StatusCode: HttpStatusCode.OK } ok ? ok : null);
        Assert.Equal(HttpStatusCode.OK, vacancy.StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_engine_and_pending_writes()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        _host.Outage.Current = SearchOutage.Mode.Unavailable;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
    }

    private static async Task<T> Eventually<T>(Func<Task<T?>> probe) where T : class
    {
        var until = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < until)
        {
            if (await probe() is { } result) return result;
            await Task.Delay(100);
        }
        throw new TimeoutException("The condition did not hold within " + Patience);
    }
}
