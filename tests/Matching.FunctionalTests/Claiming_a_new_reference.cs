using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Matching.FunctionalTests;

/// <summary>
/// A new reference belongs to exactly one municipality: the registry beside the write outbox decides in the
/// transaction that queues the first write, so concurrent writers of two municipalities cannot both win, and the
/// loser's write stores nothing. It decides the same way while the search engine is away.
/// </summary>
public sealed class Claiming_a_new_reference : IDisposable
{
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    [Fact]
    public async Task Concurrent_writers_of_two_municipalities_leave_exactly_one_owner()
    {
        var dalfsen = _host.CreateClient();
        var ommen = _host.ClientWithKey(TestClients.OmmenKey);
        for (var round = 0; round < 5; round++)
        {
            var reference = $"RACE-{round:000}";
            var writes = Enumerable.Range(0, 16).Select(i => i % 2 == 0
                ? Put(dalfsen, Fixtures.Candidate(reference, Fixtures.Dalfsen, "7721"), Fixtures.Dalfsen)
                : Put(ommen, Fixtures.Candidate(reference, Fixtures.Ommen, "7731"), Fixtures.Ommen));
            var answers = await Task.WhenAll(writes);

            // 202 is an acknowledgement too: stored durably, indexed a moment later (the outbox drains in the background).
            var acknowledged = answers.Where(a => a.Status is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Accepted).ToList();
            var winners = acknowledged.Select(a => a.Party).Distinct().ToList();
            Assert.Single(winners);
            Assert.Equal(8, acknowledged.Count);
            Assert.All(answers.Where(a => a.Party != winners[0]), a => Assert.Equal(HttpStatusCode.Conflict, a.Status));
            Assert.True(answers.Count(a => a.Status == HttpStatusCode.Created) <= 1, "only the write that claimed the reference registers it");

            var winner = winners[0] == Fixtures.Dalfsen ? dalfsen : ommen;
            Assert.True(await MatchingHostFactory.EventuallyAsync(() => winner.GetAsync($"/api/candidates/{reference}").Result.IsSuccessStatusCode));
            var stored = await winner.GetFromJsonAsync<JsonElement>($"/api/candidates/{reference}");
            Assert.Equal(winners[0], stored.GetProperty("municipalityCode").GetString());
        }
    }

    [Fact]
    public async Task The_registry_refuses_another_municipality_while_the_engine_is_away()
    {
        var dalfsen = _host.CreateClient();
        var ommen = _host.ClientWithKey(TestClients.OmmenKey);
        Assert.Equal(HttpStatusCode.Created, (await dalfsen.PutCandidate(Fixtures.Candidate("DAL-5001"))).StatusCode);

        _host.Outage.Current = SearchOutage.Mode.Refused;
        var queued = await dalfsen.PutCandidate(Fixtures.Candidate("DAL-5002"));
        var foreign = await ommen.PutCandidate(Fixtures.Candidate("DAL-5001", Fixtures.Ommen, "7731"));
        var foreignQueued = await ommen.PutCandidate(Fixtures.Candidate("DAL-5002", Fixtures.Ommen, "7731"));

        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, foreignQueued.StatusCode);
        Assert.DoesNotContain(Fixtures.Dalfsen, await foreign.Content.ReadAsStringAsync());
    }

    private static async Task<(string Party, HttpStatusCode Status)> Put(HttpClient client, Dictionary<string, object?> candidate, string party) =>
        (party, (await client.PutCandidate(candidate)).StatusCode);
}
