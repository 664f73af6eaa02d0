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

    private async Task<HttpClient> ClientWithVacancyAsync()
    {
        var client = _host.CreateClient();
        var saved = await client.PutAsJsonAsync($"/api/vacancies/{VacancyId}", Fixtures.ForkliftVacancy());
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
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
        var unknown = await client.PostAsJsonAsync("/api/outcomes", new { outcomeId = "out-unknown", vacancyId = "VAC-NOPE", candidateRef = "DAL-000001", kind = "Shown" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("vacancyId", await unknown.Content.ReadAsStringAsync());
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

        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-000001"))).StatusCode);
        var audit = await client.GetFromJsonAsync<JsonElement>("/api/audit/candidates/DAL-000001");
        var recorded = Assert.Single(audit.GetProperty("accesses").EnumerateArray());
        Assert.Equal("outcome:Placed", recorded.GetProperty("action").GetString());
        Assert.Equal(VacancyId, recorded.GetProperty("vacancyId").GetString());
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
