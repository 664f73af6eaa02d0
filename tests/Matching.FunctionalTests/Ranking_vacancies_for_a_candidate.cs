using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Matching.Ranking.Audit;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>The reverse direction over real gRPC: RankVacancies for one candidate, its near misses, tenancy, validation and audit.</summary>
public sealed class Ranking_vacancies_for_a_candidate : IDisposable
{
    private const string Candidate = "DAL-R1";
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    /// <summary>A Dalfsen forklift driver (3 years logistics, 32 hours, trede 5, 25 km, subregion consent) and six open vacancies around her.</summary>
    private async Task<Dictionary<string, string>> RegisterScenarioAsync()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(
            Fixtures.Candidate(Candidate, certificates: ["HEFTRUCK"], logisticsYears: 3, skills: "heftruck magazijn"))).StatusCode);
        var ids = new Dictionary<string, string>();
        // Fits: in Dalfsen itself.
        ids["nearby"] = await RegisterAsync(client, Vacancy());
        // Fits too, but in Ommen (about 12 km): ranked below the nearby one.
        ids["ommen"] = await RegisterAsync(client, Vacancy(municipality: Fixtures.Ommen, postcode: "7731 AA"));
        // One certificate short: VCA Basis.
        ids["vca"] = await RegisterAsync(client, Vacancy(required: ["HEFTRUCK", "VCA_BASIS"]));
        // Four hours a week short.
        ids["hours"] = await RegisterAsync(client, Vacancy(minHours: 36));
        // Trede 1-2 only: no training fixes that, so neither a fit nor a near miss.
        ids["trede"] = await RegisterAsync(client, Vacancy(kind: "Werkervaringsplek", minStep: 1, maxStep: 2));
        // Zwolle is outside Dalfsen's subregion: her consent does not cover it.
        ids["zwolle"] = await RegisterAsync(client, Vacancy(municipality: Fixtures.Zwolle, postcode: "8011 AA"));
        return ids;
    }

    [Fact]
    public async Task Should_rank_the_open_vacancies_she_fits_best_first_with_explanations_and_near_misses()
    {
        var ids = await RegisterScenarioAsync();

        var response = await _host.GrpcClient().RankVacanciesAsync(new RankVacanciesRequest { CandidateRef = Candidate, TopK = 10 });

        Assert.Equal(Candidate, response.CandidateRef);
        Assert.Equal([ids["nearby"], ids["ommen"]], response.Vacancies.Select(v => v.VacancyId));
        Assert.Equal(2, response.EligibleCount);
        Assert.Equal((6, false), (response.OpenVacanciesChecked, response.OpenVacanciesCapped));
        Assert.Equal([1, 2], response.Vacancies.Select(v => v.Rank));
        Assert.True(response.Vacancies[0].Score > response.Vacancies[1].Score);
        var best = response.Vacancies[0];
        Assert.Equal("Heftruckchauffeur magazijn", best.Title);
        Assert.Equal(Fixtures.Dalfsen, best.MunicipalityCode);
        Assert.Contains(best.Explanation.Met, m => m.StartsWith("Heftruckcertificaat", StringComparison.Ordinal));
        Assert.Contains("gewenst: VCA Basis", best.Explanation.Missing);
        // Dutch at the source, also over gRPC: no consent code ("Subregion") in the explanation.
        Assert.Contains("toestemming voor delen (gemeenten in de subregio)", best.Explanation.Met);
        Assert.Equal(best.Score, best.Explanation.Contributions.Sum(c => c.Points), 3);
        Assert.InRange(response.Vacancies[1].Explanation.DistanceKm, 8, 16);

        Assert.Equal(["certificaat:VCA_BASIS", "uren:04"], response.NearMisses.Select(n => n.Key).Order());
        var vca = response.NearMisses.Single(n => n.Key == "certificaat:VCA_BASIS");
        Assert.Equal("VCA Basis", vca.Missing);
        Assert.Equal([ids["vca"]], vca.VacancyIds);
        var hours = response.NearMisses.Single(n => n.Key == "uren:04");
        Assert.Equal("tot 4 uur per week meer", hours.Missing);
        Assert.Equal([ids["hours"]], hours.VacancyIds);

        var everywhere = response.Vacancies.Select(v => v.VacancyId).Concat(response.NearMisses.SelectMany(n => n.VacancyIds)).ToList();
        Assert.DoesNotContain(ids["trede"], everywhere);
        Assert.DoesNotContain(ids["zwolle"], everywhere);
    }

    [Fact]
    public async Task Should_answer_another_municipality_not_found_exactly_as_for_an_unknown_reference()
    {
        await RegisterScenarioAsync();
        var ommen = _host.GrpcClient(TestClients.OmmenKey);

        var notYours = await Assert.ThrowsAsync<RpcException>(() => ommen.RankVacanciesAsync(new RankVacanciesRequest { CandidateRef = Candidate }).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => ommen.RankVacanciesAsync(new RankVacanciesRequest { CandidateRef = "DAL-NOBODY" }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, notYours.StatusCode);
        Assert.Equal(unknown.StatusCode, notYours.StatusCode);
        Assert.Equal(unknown.Status.Detail, notYours.Status.Detail);
        Assert.DoesNotContain(await _host.Services.GetRequiredService<IAuditLog>().ForCandidateAsync(Candidate, default), e => e.Client == "test-ommen");
    }

    [Fact]
    public async Task Should_name_each_invalid_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _host.GrpcClient().RankVacanciesAsync(new RankVacanciesRequest { CandidateRef = "123456782", TopK = 500 }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations;
        Assert.Equal(["candidate_ref", "top_k"], violations.Select(v => v.Field).Order());
        Assert.Contains("BSN", violations.Single(v => v.Field == "candidate_ref").Description);
    }

    [Fact]
    public async Task Should_write_who_ranked_for_the_candidate_to_the_audit_log()
    {
        await RegisterScenarioAsync();

        var response = await _host.GrpcClient().RankVacanciesAsync(new RankVacanciesRequest { CandidateRef = Candidate });

        var entries = await _host.Services.GetRequiredService<IAuditLog>().ForCandidateAsync(Candidate, default);
        Assert.Contains(entries, e => e.Action == "rank-vacancies" && e.Client == "test-wsp" && e.RankerVersion == response.RankerVersion);
    }

    [Fact]
    public async Task Should_refuse_a_withdrawn_candidate_as_a_failed_precondition()
    {
        await RegisterScenarioAsync();
        Assert.Equal(HttpStatusCode.OK, (await _host.CreateClient().PostAsync($"/api/candidates/{Candidate}/withdraw", null)).StatusCode);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _host.GrpcClient().RankVacanciesAsync(new RankVacanciesRequest { CandidateRef = Candidate }).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("candidate_ref", error.Status.Detail);
    }

    private static Dictionary<string, object?> Vacancy(string municipality = Fixtures.Dalfsen, string postcode = "7721 AB", string[]? required = null,
        int minHours = 24, string kind = "Regular", int? minStep = null, int? maxStep = null) => new()
    {
        ["municipalityCode"] = municipality,
        ["employer"] = "Transportbedrijf Ter Horst",
        ["title"] = "Heftruckchauffeur magazijn",
        ["description"] = "Je laadt en lost vrachtwagens met de heftruck en pakt orders in ons magazijn.",
        ["branche"] = "Logistiek",
        ["postcode"] = postcode,
        ["minHoursPerWeek"] = minHours,
        ["maxHoursPerWeek"] = 38,
        ["kind"] = kind,
        ["minStep"] = minStep,
        ["maxStep"] = maxStep,
        ["requiredCertificates"] = required ?? ["HEFTRUCK"],
        ["desiredCertificates"] = required is null ? new[] { "VCA_BASIS" } : [],
        ["requiredLanguageLevel"] = "A2",
    };

    private static async Task<string> RegisterAsync(HttpClient client, Dictionary<string, object?> vacancy)
    {
        var response = await client.PostAsJsonAsync("/api/vacancies", vacancy.Where(f => f.Value is not null).ToDictionary());
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
