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
    public async Task Probes_need_no_key_and_show_no_counts_but_the_details_need_ops()
    {
        foreach (var probe in new[] { "/alive", "/ready" })
        {
            var response = await _host.ClientWithKey(null).GetAsync(probe);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("""{"status":"Healthy"}""", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.ClientWithKey(null).GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _host.ClientWithKey(TestClients.OmmenKey).GetAsync("/health")).StatusCode);
        Assert.Contains("candidates", await (await _host.CreateClient().GetAsync("/health")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bad_keys_never_make_the_probes_fail()
    {
        var stranger = _host.ClientWithKey("not-a-key");
        var limited = false;
        for (var i = 0; i < 10 * Matching.ServiceDefaults.Security.SecurityExtensions.AnonymousRequestsPerMinute && !limited; i++)
            limited = (await stranger.GetAsync("/api/vacancies")).StatusCode == HttpStatusCode.TooManyRequests;
        Assert.True(limited, "the anonymous rate limit never applied");
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await stranger.GetAsync("/ready")).StatusCode);
    }

    [Fact]
    public async Task gRPC_callers_without_a_key_get_a_gRPC_status_not_a_bare_HTTP_401()
    {
        using var client = _host.ClientWithKey(null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/wsp.matching.v1.MatchingService/RankCandidates")
        {
            Version = HttpVersion.Version20,
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/grpc");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("16", response.Headers.GetValues("grpc-status").Single());
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
        var unknown = await ommen.PutCandidate(Fixtures.Candidate("DAL-77", Fixtures.Dalfsen));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _host.CreateClient().GetAsync("/api/candidates/DAL-77")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await _host.CreateClient().PutCandidate(Fixtures.Candidate("DAL-78", Fixtures.Dalfsen))).StatusCode);
        var taken = await ommen.PutCandidate(Fixtures.Candidate("DAL-78", Fixtures.Ommen, "7731"));
        // The same answer for an existing and an unknown reference: a write key cannot enumerate references or owners.
        Assert.Equal(HttpStatusCode.NotFound, taken.StatusCode);
        Assert.Equal(await ProblemText(unknown), await ProblemText(taken));
        Assert.Equal(HttpStatusCode.NotFound, (await ommen.GetAsync("/api/candidates/DAL-78")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ommen.PostAsync("/api/candidates/DAL-78/withdraw", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _host.CreateClient().GetAsync("/api/candidates/DAL-78")).StatusCode);

        var importForeign = await ommen.PostAsJsonAsync("/api/candidates/import", new[] { Fixtures.Candidate("OMM-1", Fixtures.Ommen, "7731"), Fixtures.Candidate("DAL-79") });
        Assert.Equal(HttpStatusCode.Forbidden, importForeign.StatusCode);
        Assert.Contains("[1]", await importForeign.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await _host.CreateClient().GetAsync("/api/candidates/OMM-1")).StatusCode);
    }

    private static async Task<string> ProblemText(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return $"{problem.GetProperty("title")} {problem.GetProperty("detail")}";
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
