using Matching.Domain.Scoring;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Matching.Contracts;
using Microsoft.Data.Sqlite;
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

    [Fact]
    public async Task Should_list_every_read_of_the_full_profile_with_client_party_and_purpose()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-R"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/candidates/DAL-R")).StatusCode);
        // A refused read shows nothing and is not an access.
        Assert.Equal(HttpStatusCode.NotFound, (await _host.ClientWithKey(TestClients.OmmenKey).GetAsync("/api/candidates/DAL-R")).StatusCode);

        // The read is audited through the outbox and the bus, after the request answered: wait for the consumer.
        Assert.True(await _host.ConsumedAsync<CandidateProfileRead>(m => m.CandidateRef == "DAL-R"));
        var read = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/audit/candidates/DAL-R")).GetProperty("accesses").EnumerateArray());
        Assert.Equal("test-wsp", read.GetProperty("client").GetString());
        Assert.Equal(Fixtures.Zwolle, read.GetProperty("party").GetString());
        Assert.Equal("read-profile", read.GetProperty("action").GetString());
    }

    [Fact]
    public async Task Should_list_a_read_the_broker_delivered_twice_once()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-R"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/candidates/DAL-R")).StatusCode);
        Assert.True(await _host.ConsumedAsync<CandidateProfileRead>(m => m.CandidateRef == "DAL-R"));
        var read = _host.Harness.Consumed.Select<CandidateProfileRead>().Single().Context.Message;

        // The same message again, as after a consumer that stopped before acknowledging it; and a later read, which counts.
        await _host.Harness.Bus.Publish(read);
        await _host.Harness.Bus.Publish(read with { ReadAt = read.ReadAt.AddSeconds(1) });
        Assert.True(await MatchingHostFactory.EventuallyAsync(() => _host.Harness.Consumed.Select<CandidateProfileRead>().Count() == 3));

        var accesses = (await client.GetFromJsonAsync<JsonElement>("/api/audit/candidates/DAL-R")).GetProperty("accesses").EnumerateArray().ToList();
        Assert.Equal(2, accesses.Count);
    }

    [Fact]
    public async Task Should_refuse_to_change_or_delete_any_row_of_the_audit_log()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-A", certificates: ["HEFTRUCK"]))).StatusCode);
        await _host.GrpcClient().RankCandidatesAsync(new RankCandidatesRequest
        {
            RequestingParty = Fixtures.Dalfsen,
            Vacancy = new VacancySpec { Employer = "Distributiecentrum Vechtdal", Title = "Orderpicker", Branche = "Logistiek", Postcode = "7731", MinHoursPerWeek = 20, Kind = "Regular" },
        });

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.DataDirectory, "audit.db")}");
        await connection.OpenAsync();
        foreach (var sql in new[]
                 {
                     "UPDATE audit_events SET party = 'GM0175'", "DELETE FROM audit_events",
                     "UPDATE audit_candidates SET candidate_ref = 'DAL-B'", "DELETE FROM audit_candidates",
                 })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            var refused = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
            Assert.Contains("append-only", refused.Message);
        }
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT (SELECT COUNT(*) FROM audit_events) || '/' || (SELECT COUNT(*) FROM audit_candidates)";
        Assert.Equal("1/1", await count.ExecuteScalarAsync());
    }
}
