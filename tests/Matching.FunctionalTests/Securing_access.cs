using System.Net;
using System.Net.Http.Json;
using Grpc.Core;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>Who may call, for whom, and how often: API keys, permissions, tenancy and rate limits.</summary>
public sealed class Securing_access : IDisposable
{
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    private static RankCandidatesRequest Inline(string party) => new()
    {
        RequestingParty = party,
        Vacancy = new VacancySpec { Employer = "Groenbedrijf Vecht", Title = "Hovenier", Branche = "Groen", Postcode = "7731", MinHoursPerWeek = 16, Kind = "Regular" },
    };

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task Calls_without_a_valid_key_are_unauthenticated(string? key)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            new MatchingService.MatchingServiceClient(_host.Channel(key)).RankCandidatesAsync(Inline("GM0148")).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.ClientWithKey(key).GetAsync("/api/vacancies")).StatusCode);
    }

    [Fact]
    public async Task Health_needs_no_key()
    {
        Assert.Equal(HttpStatusCode.OK, (await _host.ClientWithKey(null).GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task A_partner_may_not_rank_on_behalf_of_another_party()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _host.GrpcClient(TestClients.OmmenKey).RankCandidatesAsync(Inline("GM0148")).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);

        var own = await _host.GrpcClient(TestClients.OmmenKey).RankCandidatesAsync(Inline(""));
        Assert.Equal("inline", own.VacancyId);
    }

    [Fact]
    public async Task A_client_without_the_permission_is_denied()
    {
        var response = await _host.ClientWithKey(TestClients.UwvKey).GetAsync("/api/vacancies");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_municipality_writes_only_its_own_candidates_and_sees_only_their_profiles()
    {
        var ommen = _host.ClientWithKey(TestClients.OmmenKey);
        var forbidden = await ommen.PutCandidate(Fixtures.Candidate("DAL-77", Fixtures.Dalfsen));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.CreateClient().GetAsync("/api/candidates/DAL-77")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await _host.CreateClient().PutCandidate(Fixtures.Candidate("DAL-78", Fixtures.Dalfsen))).StatusCode);
        var taken = await ommen.PutCandidate(Fixtures.Candidate("DAL-78", Fixtures.Ommen, "7731"));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.DoesNotContain(Fixtures.Dalfsen, await taken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await ommen.GetAsync("/api/candidates/DAL-78")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ommen.PostAsync("/api/candidates/DAL-78/withdraw", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.CreateClient().GetAsync("/api/candidates/DAL-78")).StatusCode);

        var importForeign = await ommen.PostAsJsonAsync("/api/candidates/import", new[] { Fixtures.Candidate("OMM-1", Fixtures.Ommen, "7731"), Fixtures.Candidate("DAL-79") });
        Assert.Equal(HttpStatusCode.Forbidden, importForeign.StatusCode);
        Assert.Contains("[1]", await importForeign.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _host.CreateClient().GetAsync("/api/candidates/OMM-1")).StatusCode);
    }

    [Fact]
    public async Task A_rotated_key_keeps_working_until_its_hash_is_removed()
    {
        Assert.Equal(HttpStatusCode.OK, (await _host.ClientWithKey(TestClients.OldOmmenKey).GetAsync("/api/vacancies")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.ClientWithKey(TestClients.OmmenKey).GetAsync("/api/vacancies")).StatusCode);
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_is_told_to_slow_down()
    {
        var client = _host.ClientWithKey(TestClients.ThrottledKey);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await client.GetAsync("/api/vacancies")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        var limited = await client.GetAsync("/api/vacancies");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await _host.CreateClient().GetAsync("/api/vacancies")).StatusCode);
    }
}
