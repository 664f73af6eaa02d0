using System.Net;
using System.Text.Json;
using Matching.Contracts;
using Matching.Host;

namespace Matching.FunctionalTests.Faults;

/// <summary>
/// Fault scenario: the engine rejects one write among good ones. The bad write is retried with backoff, then parked
/// (health Degraded, `make outbox` lists it); the good ones, before and after it, are not held back. Once the cause
/// is fixed, `make outbox REPLAY=all` puts it back and it is applied: acknowledged = stored, each event once.
/// </summary>
public sealed class A_poison_write_among_good_ones : IDisposable
{
    private const string Poison = "DAL-7005";
    private readonly MatchingHostFactory _host = new()
    {
        Settings = { ["Outbox:MaxAttempts"] = "3", ["Outbox:RetryBaseDelaySeconds"] = "0.05", ["Outbox:RetryMaxDelaySeconds"] = "0.2" },
    };

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    [Fact]
    public async Task The_bad_write_is_parked_the_others_pass_and_a_replay_applies_it_once()
    {
        var client = _host.CreateClient();
        _host.Outage.Rejected[Poison] = true;

        var references = Enumerable.Range(1, 10).Select(i => $"DAL-7{i:000}").ToList();
        foreach (var reference in references)
        {
            var answer = await client.PutCandidate(Fixtures.Candidate(reference));
            Assert.True(answer.StatusCode is HttpStatusCode.Created or HttpStatusCode.Accepted, $"{reference}: {answer.StatusCode}");
        }

        Assert.True(await MatchingHostFactory.EventuallyAsync(() => Outbox(client).Result.Parked == 1), "the poison write is parked");
        foreach (var reference in references.Where(r => r != Poison))
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/candidates/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/candidates/{Poison}")).StatusCode);
        var health = await Outbox(client);
        Assert.Equal("Degraded", health.Status);
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-7011"))).StatusCode);

        var outboxFile = Path.Combine(_host.DataDirectory, "outbox.db");
        var listing = new StringWriter();
        Assert.Equal(0, await OutboxCommands.RunAsync(["list", "--db", outboxFile], listing));
        Assert.Contains(Poison, listing.ToString());
        Assert.Contains("3 attempts", listing.ToString());
        Assert.Contains("ArgumentException", listing.ToString());

        _host.Outage.Rejected.Clear();
        Assert.Equal(0, await OutboxCommands.RunAsync(["replay", "all", "--db", outboxFile], new StringWriter()));

        Assert.True(await MatchingHostFactory.EventuallyAsync(() => client.GetAsync($"/api/candidates/{Poison}").Result.StatusCode == HttpStatusCode.OK));
        Assert.True(await MatchingHostFactory.EventuallyAsync(() => Outbox(client).Result is { Parked: 0, Pending: 0 }), "the outbox empties");
        Assert.Equal("Healthy", (await Outbox(client)).Status);
        // Effects once: one CandidateProfileChanged per acknowledged write, the replayed one included.
        Assert.True(await _host.PublishedAsync<CandidateProfileChanged>(m => m.CandidateRef == Poison));
        await Task.Delay(300);
        foreach (var reference in references.Append("DAL-7011"))
            Assert.Single(_host.Harness.Published.Select<CandidateProfileChanged>(), m => m.Context.Message.CandidateRef == reference);
    }

    private static async Task<(string Status, long Pending, long Parked)> Outbox(HttpClient client)
    {
        var health = JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement.GetProperty("checks").GetProperty("outbox");
        var data = health.GetProperty("data");
        return (health.GetProperty("status").GetString()!, data.GetProperty("pending").GetInt64(), data.GetProperty("parked").GetInt64());
    }
}
