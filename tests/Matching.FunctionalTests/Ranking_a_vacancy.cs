using Matching.Domain.Scoring;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Matching.Contracts;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>The main path end to end: REST registration, gRPC ranking, the CandidatesMatched event.</summary>
public sealed class Ranking_a_vacancy : IDisposable
{
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    private async Task<string> RegisterScenario()
    {
        var client = _host.CreateClient();
        var candidates = new[]
        {
            // Best: forklift + VCA, long logistics experience, lives next door.
            Fixtures.Candidate("DAL-A", certificates: ["HEFTRUCK", "VCA_BASIS"], logisticsYears: 6, skills: "heftruck orderpicken magazijn", step: 6),
            // Eligible but weaker: no VCA, less experience, lives in Ommen (about 12 km).
            Fixtures.Candidate("OMM-B", Fixtures.Ommen, "7731", certificates: ["HEFTRUCK"], logisticsYears: 1, skills: "magazijn"),
            // Excluded: no forklift certificate.
            Fixtures.Candidate("DAL-C", certificates: ["VCA_BASIS"], logisticsYears: 8, skills: "heftruck magazijn"),
            // Excluded: trede 3 is below the regular job's 5-6.
            Fixtures.Candidate("DAL-D", certificates: ["HEFTRUCK"], step: 3),
            // Excluded: 16 hours, the job needs at least 24.
            Fixtures.Candidate("DAL-E", certificates: ["HEFTRUCK"], hours: 16),
            // Excluded: Hardenberg is further than the 10 km this candidate can travel.
            Fixtures.Candidate("HAR-F", "GM0160", "7771", certificates: ["HEFTRUCK"], maxTravelKm: 10),
            // Excluded: Zwolle candidate who only consented to her own municipality.
            Fixtures.Candidate("ZWO-G", Fixtures.Zwolle, "8011", certificates: ["HEFTRUCK"], consent: "OwnMunicipality", maxTravelKm: 40),
        };
        foreach (var candidate in candidates)
            Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(candidate)).StatusCode);

        var response = await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var vacancy = await response.Content.ReadFromJsonAsync<JsonElement>();
        return vacancy.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Should_rank_eligible_candidates_in_expected_order_with_explanations()
    {
        var vacancyId = await RegisterScenario();

        var response = await _host.GrpcClient().RankCandidatesAsync(new RankCandidatesRequest
        {
            VacancyId = vacancyId,
            RequestingParty = Fixtures.Dalfsen,
            TopK = 10,
        });

        Assert.Equal(["DAL-A", "OMM-B"], response.Candidates.Select(c => c.CandidateRef));
        Assert.Equal(2, response.EligibleCount);
        Assert.Equal(TransparentScorer.RankerVersion, response.RankerVersion);
        Assert.True(response.Candidates[0].Score > response.Candidates[1].Score);
        var best = response.Candidates[0].Explanation;
        Assert.Contains(best.Met, m => m.StartsWith("Heftruckcertificaat"));
        Assert.Contains(best.Met, m => m.StartsWith("gewenst VCA Basis"));
        var second = response.Candidates[1].Explanation;
        Assert.Contains("gewenst: VCA Basis", second.Missing);
        Assert.InRange(second.DistanceKm, 8, 16);
        Assert.StartsWith("past:", second.HoursFit);
        Assert.Contains("trede 5", second.StepFit);
        Assert.Equal(response.Candidates[1].Score, second.Contributions.Sum(c => c.Points), 3);
    }

    [Fact]
    public async Task Should_publish_candidates_matched_for_a_ranking_call()
    {
        var vacancyId = await RegisterScenario();
        await _host.GrpcClient().RankCandidatesAsync(new RankCandidatesRequest { VacancyId = vacancyId, RequestingParty = Fixtures.Ommen });

        Assert.True(await _host.PublishedAsync<CandidatesMatched>(m => m.RequestingParty == Fixtures.Ommen));
        var matched = Assert.Single(_host.Harness.Published.Select<CandidatesMatched>(), x => x.Context.Message.RequestingParty == Fixtures.Ommen).Context.Message;
        Assert.Equal(vacancyId, matched.VacancyId);
        Assert.Equal(["DAL-A", "OMM-B"], matched.Candidates.Select(c => c.CandidateRef));
        Assert.Equal([1, 2], matched.Candidates.Select(c => c.Rank));
        Assert.Equal(TransparentScorer.RankerVersion, matched.RankerVersion);
        Assert.True(await _host.PublishedAsync<VacancyPublished>(m => m.VacancyId == vacancyId));
        Assert.True(await _host.PublishedAsync<CandidateProfileChanged>(m => m.CandidateRef == "DAL-A"));
    }

    [Fact]
    public async Task Should_generate_the_match_list_when_a_vacancy_is_published()
    {
        var vacancyId = await RegisterScenario();

        Assert.True(await _host.ConsumedAsync<VacancyPublished>(m => m.VacancyId == vacancyId));
        Assert.True(await _host.PublishedAsync<CandidatesMatched>(m => m.VacancyId == vacancyId));
        var list = _host.Harness.Published.Select<CandidatesMatched>().Single(x => x.Context.Message.VacancyId == vacancyId).Context.Message;
        Assert.Equal(Fixtures.Dalfsen, list.RequestingParty);
        Assert.Equal(["DAL-A", "OMM-B"], list.Candidates.Select(c => c.CandidateRef));
    }

    [Fact]
    public async Task Should_announce_a_candidate_who_newly_fits_once()
    {
        var vacancyId = await RegisterScenario();
        Assert.True(await _host.PublishedAsync<CandidatesMatched>(m => m.VacancyId == vacancyId));
        var client = _host.CreateClient();

        // DAL-C lacked the forklift certificate; with it she fits. A second save changes nothing more.
        var withForklift = Fixtures.Candidate("DAL-C", certificates: ["VCA_BASIS", "HEFTRUCK"], logisticsYears: 8, skills: "heftruck magazijn");
        Assert.Equal(HttpStatusCode.OK, (await client.PutCandidate(withForklift)).StatusCode);
        Assert.True(await _host.PublishedAsync<CandidateNewlyMatched>(m => m.CandidateRef == "DAL-C"));
        Assert.Equal(HttpStatusCode.OK, (await client.PutCandidate(withForklift)).StatusCode);
        Assert.True(await MatchingHostFactory.EventuallyAsync(() => _host.Harness.Consumed.Select<CandidateProfileChanged>()
            .Count(x => x.Context.Message.CandidateRef == "DAL-C" && x.Context.Message.Change == CandidateChange.Updated) >= 2));
        await Task.Delay(500);

        var announcement = Assert.Single(_host.Harness.Published.Select<CandidateNewlyMatched>(), x => x.Context.Message.CandidateRef == "DAL-C").Context.Message;
        Assert.Equal(vacancyId, announcement.VacancyId);
        Assert.True(announcement.Score > 0);
        Assert.Equal((1, false), (announcement.OpenVacanciesChecked, announcement.OpenVacanciesCapped));
    }

    [Fact]
    public async Task Should_say_in_the_announcement_when_the_open_vacancies_checked_were_capped()
    {
        using var host = new MatchingHostFactory(settings: new Dictionary<string, string> { ["Ranking:NewlyMatchedMaxOpenVacancies"] = "1" });
        try
        {
            var client = host.CreateClient();
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy())).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy())).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-C", certificates: ["VCA_BASIS"], logisticsYears: 8))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.PutCandidate(Fixtures.Candidate("DAL-C", certificates: ["VCA_BASIS", "HEFTRUCK"], logisticsYears: 8))).StatusCode);

            Assert.True(await host.PublishedAsync<CandidateNewlyMatched>(m => m.CandidateRef == "DAL-C"));
            var announcement = Assert.Single(host.Harness.Published.Select<CandidateNewlyMatched>(), x => x.Context.Message.CandidateRef == "DAL-C").Context.Message;
            Assert.Equal((1, true), (announcement.OpenVacanciesChecked, announcement.OpenVacanciesCapped));
        }
        finally
        {
            host.DeleteData();
        }
    }

    [Fact]
    public async Task Should_show_a_partner_only_candidates_whose_consent_covers_it()
    {
        var vacancyId = await RegisterScenario();

        // Zwolle is outside Dalfsen's subregion: subregion consent does not reach it, own-municipality consent does.
        var response = await _host.GrpcClient().RankCandidatesAsync(new RankCandidatesRequest
        {
            VacancyId = vacancyId,
            RequestingParty = Fixtures.Zwolle,
        });

        Assert.Equal(["ZWO-G"], response.Candidates.Select(c => c.CandidateRef));
        Assert.Equal(1, response.EligibleCount);
    }

    [Fact]
    public async Task Should_leave_out_a_withdrawn_candidate()
    {
        var vacancyId = await RegisterScenario();
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/candidates/DAL-A/withdraw", null)).StatusCode);

        var response = await _host.GrpcClient().RankCandidatesAsync(new RankCandidatesRequest { VacancyId = vacancyId, RequestingParty = Fixtures.Dalfsen });

        Assert.Equal(["OMM-B"], response.Candidates.Select(c => c.CandidateRef));
    }

    [Fact]
    public async Task Should_rank_an_inline_vacancy()
    {
        await RegisterScenario();

        var response = await _host.GrpcClient().RankCandidatesAsync(new RankCandidatesRequest
        {
            RequestingParty = "UWV-ZWOLLE",
            Vacancy = new VacancySpec
            {
                Employer = "Distributiecentrum Vechtdal",
                Title = "Orderpicker",
                Branche = "Logistiek",
                Postcode = "7731",
                MinHoursPerWeek = 20,
                Kind = "Regular",
                RequiredCertificates = { "HEFTRUCK" },
            },
        });

        Assert.Equal("inline", response.VacancyId);
        Assert.Contains("DAL-A", response.Candidates.Select(c => c.CandidateRef));
        Assert.Contains("OMM-B", response.Candidates.Select(c => c.CandidateRef));
        Assert.DoesNotContain("DAL-C", response.Candidates.Select(c => c.CandidateRef));
    }

    [Fact]
    public async Task Should_reject_a_bad_request_naming_each_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _host.GrpcClient().RankCandidatesAsync(new RankCandidatesRequest
        {
            VacancyId = "VAC-DOES-NOT-EXIST",
            RequestingParty = "GM9999",
            TopK = 500,
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>();
        Assert.Equal(["requesting_party", "top_k", "vacancy_id"], badRequest.FieldViolations.Select(v => v.Field).Order());
    }
}
