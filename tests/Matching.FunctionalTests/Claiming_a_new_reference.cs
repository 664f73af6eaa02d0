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
    public async Task Concurrent_writers_register_a_reference_once_and_another_municipality_never_reaches_it()
    {
        var dalfsen = _host.CreateClient();
        var ommen = _host.ClientWithKey(TestClients.OmmenKey);
        for (var round = 0; round < 5; round++)
        {
            var reference = $"DAL-RACE-{round:000}";
            var writes = Enumerable.Range(0, 16).Select(i => i % 2 == 0
                ? Put(dalfsen, Fixtures.Candidate(reference, Fixtures.Dalfsen, "7721"), Fixtures.Dalfsen)
                : Put(ommen, Fixtures.Candidate(reference, Fixtures.Ommen, "7731"), Fixtures.Ommen));
            var answers = await Task.WhenAll(writes);

            Assert.All(answers.Where(a => a.Party == Fixtures.Ommen), a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
            // 202 is an acknowledgement too: stored durably, indexed a moment later (the outbox drains in the background).
            Assert.All(answers.Where(a => a.Party == Fixtures.Dalfsen), a => Assert.Contains(a.Status, new[] { HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.Accepted }));
            Assert.True(answers.Count(a => a.Status == HttpStatusCode.Created) <= 1, "only the write that claimed the reference registers it");

            Assert.True(await MatchingHostFactory.EventuallyAsync(() => dalfsen.GetAsync($"/api/candidates/{reference}").Result.IsSuccessStatusCode));
            var stored = await dalfsen.GetFromJsonAsync<JsonElement>($"/api/candidates/{reference}");
            Assert.Equal(Fixtures.Dalfsen, stored.GetProperty("municipalityCode").GetString());
        }
    }

    [Fact]
    public async Task Another_municipality_gets_the_same_404_for_existing_queued_and_unknown_references_while_the_engine_is_away()
    {
        var dalfsen = _host.CreateClient();
        var ommen = _host.ClientWithKey(TestClients.OmmenKey);
        Assert.Equal(HttpStatusCode.Created, (await dalfsen.PutCandidate(Fixtures.Candidate("DAL-5001"))).StatusCode);

        _host.Outage.Current = SearchOutage.Mode.Refused;
        var queued = await dalfsen.PutCandidate(Fixtures.Candidate("DAL-5002"));
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);

        var answers = new List<string>();
        foreach (var reference in new[] { "DAL-5001", "DAL-5002", "DAL-5003" })
        {
            var foreign = await ommen.PutCandidate(Fixtures.Candidate(reference, Fixtures.Ommen, "7731"));
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
            var problem = await foreign.Content.ReadFromJsonAsync<JsonElement>();
            answers.Add($"{problem.GetProperty("title")} {problem.GetProperty("detail")}");
        }
        Assert.Single(answers.Distinct());
        Assert.DoesNotContain(Fixtures.Dalfsen, answers[0]);
    }

    private static async Task<(string Party, HttpStatusCode Status)> Put(HttpClient client, Dictionary<string, object?> candidate, string party) =>
        (party, (await client.PutCandidate(candidate)).StatusCode);
}
