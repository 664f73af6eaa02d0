using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using MassTransit.Testing;
using Matching.Contracts;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>Outcomes through the real host: REST and gRPC, validation with field names, idempotency, the event, durability.</summary>
public sealed class Recording_match_outcomes : IDisposable
{
    private const string VacancyId = "VAC-OUT-1";
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    /// <summary>A vacancy and two candidates that Dalfsen was shown for it: outcomes are only for candidates a party saw.</summary>
    private async Task<HttpClient> ClientWithVacancyAsync()
    {
        var client = _host.CreateClient();
        var saved = await client.PutAsJsonAsync($"/api/vacancies/{VacancyId}", Fixtures.ForkliftVacancy());
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        foreach (var reference in new[] { "DAL-000001", "DAL-000002" })
            Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate(reference, certificates: ["HEFTRUCK"]))).StatusCode);
        var ranked = await _host.GrpcClient().RankCandidatesAsync(new RankCandidatesRequest { VacancyId = VacancyId, RequestingParty = Fixtures.Dalfsen });
        Assert.Equal(2, ranked.Candidates.Count);
        return client;
    }

    private static object Outcome(string id, string kind = "Invited", string? placement = null) => new
    {
        outcomeId = id, vacancyId = VacancyId, candidateRef = "DAL-000001", kind, placement, reasonCode = "goed_gesprek",
        occurredAt = "2026-01-15T10:00:00Z",
    };

    [Fact]
    public async Task Should_reject_an_invalid_outcome_naming_each_field()
    {
        var client = await ClientWithVacancyAsync();
        var response = await client.PostAsJsonAsync("/api/outcomes", new { outcomeId = "x", vacancyId = VacancyId, kind = "Hired", reasonCode = "free text with spaces" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "outcomeId", "candidateRef", "kind", "reasonCode" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
    }

    [Fact]
    public async Task Should_require_the_kind_of_placement_and_a_registered_vacancy()
    {
        var client = await ClientWithVacancyAsync();
        var placed = await client.PostAsJsonAsync("/api/outcomes", Outcome("out-placed-1", "Placed"));
        Assert.Equal(HttpStatusCode.BadRequest, placed.StatusCode);
        Assert.Contains("placement", await placed.Content.ReadAsStringAsync());
        // Nobody was shown a candidate for a vacancy that does not exist.
        var unknown = await client.PostAsJsonAsync("/api/outcomes", new { outcomeId = "out-unknown", vacancyId = "VAC-NOPE", candidateRef = "DAL-000001", kind = "Shown" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Should_record_once_by_outcome_id_publish_the_event_and_refuse_a_reused_id()
    {
        var client = await ClientWithVacancyAsync();
        var first = await client.PostAsJsonAsync("/api/outcomes", Outcome("out-1", "Placed", "Loonkostensubsidie"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await client.PostAsJsonAsync("/api/outcomes", Outcome("out-1", "Placed", "Loonkostensubsidie"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var reused = await client.PostAsJsonAsync("/api/outcomes", Outcome("out-1", "RejectedByEmployer"));
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);

        Assert.True(await _host.PublishedAsync<MatchOutcomeRecorded>(m => m.OutcomeId == "out-1" && m.Kind == "Placed" && m.Placement == "Loonkostensubsidie"));
        var stored = await (await client.GetAsync("/api/outcomes/out-1")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Transportbedrijf Ter Horst", stored.GetProperty("employer").GetString());

        var audit = await client.GetFromJsonAsync<JsonElement>("/api/audit/candidates/DAL-000001");
        var recorded = Assert.Single(audit.GetProperty("accesses").EnumerateArray(), a => a.GetProperty("action").GetString()!.StartsWith("outcome:"));
        Assert.Equal("outcome:Placed", recorded.GetProperty("action").GetString());
        Assert.Equal(VacancyId, recorded.GetProperty("vacancyId").GetString());
        Assert.Equal("test-wsp", recorded.GetProperty("client").GetString());
        Assert.Equal(Fixtures.Zwolle, recorded.GetProperty("party").GetString());
    }

    [Fact]
    public async Task Should_scope_outcome_ids_per_party_and_refuse_parties_that_never_saw_the_candidate()
    {
        var client = await ClientWithVacancyAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/outcomes", Outcome("shared-id"))).StatusCode);
        var ommen = _host.ClientWithKey(TestClients.OmmenKey);
        Assert.Equal(HttpStatusCode.NotFound, (await ommen.GetAsync("/api/outcomes/shared-id")).StatusCode);

        // Ommen ranks as itself: the Subregion candidates are shown to it, and its own "shared-id" does not collide.
        await _host.GrpcClient(TestClients.OmmenKey).RankCandidatesAsync(new RankCandidatesRequest { VacancyId = VacancyId });
        var grpc = new OutcomeService.OutcomeServiceClient(_host.Channel(TestClients.OmmenKey));
        Assert.False((await grpc.RecordOutcomeAsync(new RecordOutcomeRequest { OutcomeId = "shared-id", VacancyId = VacancyId, CandidateRef = "DAL-000001", Kind = "Contacted" })).AlreadyRecorded);
        var neverShown = await Assert.ThrowsAsync<RpcException>(() => grpc.RecordOutcomeAsync(new RecordOutcomeRequest
            { OutcomeId = "other-id", VacancyId = VacancyId, CandidateRef = "DAL-999999", Kind = "Contacted" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, neverShown.StatusCode);
        Assert.Equal("Invited", (await client.GetFromJsonAsync<JsonElement>("/api/outcomes/shared-id")).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Should_refuse_an_outcome_dated_before_the_Participatiewet()
    {
        var client = await ClientWithVacancyAsync();
        var response = await client.PostAsJsonAsync("/api/outcomes", new { outcomeId = "out-old", vacancyId = VacancyId, candidateRef = "DAL-000001", kind = "Shown", occurredAt = "0001-01-01T00:00:00Z" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("occurredAt", out _));
    }

    [Fact]
    public async Task Should_keep_outcomes_across_a_restart()
    {
        var client = await ClientWithVacancyAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/outcomes", Outcome("out-durable"))).StatusCode);
        _host.Dispose();
        using var restarted = new MatchingHostFactory(_host.DataDirectory);
        var response = await restarted.CreateClient().GetAsync("/api/outcomes/out-durable");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await restarted.CreateClient().PostAsJsonAsync("/api/outcomes", Outcome("out-durable"))).StatusCode);
    }

    [Fact]
    public async Task Should_answer_gRPC_with_field_violations_and_record_idempotently()
    {
        await ClientWithVacancyAsync();
        var grpc = new OutcomeService.OutcomeServiceClient(_host.Channel());
        var error = await Assert.ThrowsAsync<RpcException>(() => grpc.RecordOutcomeAsync(new RecordOutcomeRequest
        {
            OutcomeId = "grpc-1", VacancyId = VacancyId, CandidateRef = "DAL-000002", Kind = "Hired",
        }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations, v => v.Field == "kind");

        var request = new RecordOutcomeRequest { OutcomeId = "grpc-2", VacancyId = VacancyId, CandidateRef = "DAL-000002", Kind = "Contacted" };
        Assert.False((await grpc.RecordOutcomeAsync(request)).AlreadyRecorded);
        Assert.True((await grpc.RecordOutcomeAsync(request)).AlreadyRecorded);
    }

    [Fact]
    public async Task Should_report_fairness_to_auditors_only()
    {
        var client = await ClientWithVacancyAsync();
        var report = await client.GetFromJsonAsync<JsonElement>("/api/fairness?topK=5");
        Assert.Equal(4, report.GetProperty("groups").GetArrayLength());
        var uwv = _host.ClientWithKey(TestClients.UwvKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await uwv.GetAsync("/api/fairness")).StatusCode);
        var monitoring = await client.PutAsJsonAsync("/api/monitoring/DAL-000001", new { birthYear = 1990, gender = "Female", statushouder = true });
        Assert.Equal(HttpStatusCode.OK, monitoring.StatusCode);
    }
}
