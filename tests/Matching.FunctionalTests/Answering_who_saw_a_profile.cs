using Matching.Domain.Scoring;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>The audit log answers a citizen's access request: every ranking that showed their reference, by whom.</summary>
public sealed class Answering_who_saw_a_profile : IDisposable
{
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    [Fact]
    public async Task Should_list_each_ranking_that_showed_the_candidate()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-A", certificates: ["HEFTRUCK"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-Z", step: 2))).StatusCode);
        var request = new RankCandidatesRequest
        {
            Vacancy = new VacancySpec { Employer = "Distributiecentrum Vechtdal", Title = "Orderpicker", Branche = "Logistiek", Postcode = "7731", MinHoursPerWeek = 20, Kind = "Regular" },
        };

        var shown = await _host.GrpcClient(TestClients.OmmenKey).RankCandidatesAsync(request);
        Assert.Contains("DAL-A", shown.Candidates.Select(c => c.CandidateRef));

        var audit = await client.GetFromJsonAsync<JsonElement>("/api/audit/candidates/DAL-A");
        var access = Assert.Single(audit.GetProperty("accesses").EnumerateArray());
        Assert.Equal("test-ommen", access.GetProperty("client").GetString());
        Assert.Equal("GM0175", access.GetProperty("party").GetString());
        Assert.Equal("rank", access.GetProperty("action").GetString());
        Assert.Equal(TransparentScorer.RankerVersion, access.GetProperty("rankerVersion").GetString());

        var notShown = await client.GetFromJsonAsync<JsonElement>("/api/audit/candidates/DAL-Z");
        Assert.Empty(notShown.GetProperty("accesses").EnumerateArray());
    }

    [Fact]
    public async Task Should_answer_only_the_candidates_own_municipality()
    {
        Assert.Equal(HttpStatusCode.Created, (await _host.CreateClient().PutCandidate(Fixtures.Candidate("DAL-A"))).StatusCode);

        var response = await _host.ClientWithKey(TestClients.OmmenKey).GetAsync("/api/audit/candidates/DAL-A");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
