using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Matching.FunctionalTests.Faults;

/// <summary>
/// Fault scenario: the search engine is away for ten minutes (a fake clock, advanced a minute at a time). Every write
/// route queues (202) without reading the index; nothing is parked, however long the outage; readiness turns 503 once
/// the oldest write has waited past Outbox:UnhealthyAfterMinutes; when the engine returns every write is applied in
/// order (the withdraw and the close on the stored documents) and each event goes out once.
/// </summary>
public sealed class A_ten_minute_engine_outage : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly MatchingHostFactory _host;

    public A_ten_minute_engine_outage()
    {
        _host = new MatchingHostFactory { TestServices = services => services.AddSingleton<TimeProvider>(_clock) };
        _host.Settings["Outbox:UnhealthyAfterMinutes"] = "5";
    }

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    [Fact]
    public async Task Every_write_route_queues_and_everything_is_applied_once_after_it()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-8001"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/vacancies/VAC-8001", Fixtures.ForkliftVacancy())).StatusCode);

        _host.Outage.Current = SearchOutage.Mode.Refused;
        // The short clock: a simulated second every 10 ms, so the ten minutes pass in about six seconds (retries,
        // backoff and the health threshold all run on it).
        using var ticking = new CancellationTokenSource();
        var ticker = Task.Run(async () =>
        {
            while (!ticking.IsCancellationRequested)
            {
                _clock.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(10);
            }
        });
        var outageStarted = _clock.GetUtcNow();
        var answers = new List<HttpStatusCode>();
        var candidates = Enumerable.Range(1, 10).Select(i => $"DAL-81{i:00}").ToList();
        foreach (var reference in candidates) answers.Add((await client.PutCandidate(Fixtures.Candidate(reference))).StatusCode);
        answers.Add((await client.PostAsJsonAsync("/api/candidates/import", new[] { Fixtures.Candidate("DAL-8201"), Fixtures.Candidate("DAL-8202") })).StatusCode);
        answers.Add((await client.PutAsJsonAsync("/api/vacancies/VAC-8101", Fixtures.ForkliftVacancy())).StatusCode);
        var registered = await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy());
        answers.Add(registered.StatusCode);
        answers.Add((await client.PutCandidate(Fixtures.Candidate("DAL-8001", skills: "heftruck reachtruck"))).StatusCode);
        answers.Add((await client.PostAsync("/api/candidates/DAL-8001/withdraw", null)).StatusCode);
        answers.Add((await client.PostAsync("/api/vacancies/VAC-8001/close?status=Filled", null)).StatusCode);
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.Accepted, status));
        var newVacancy = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        Assert.True(await MatchingHostFactory.EventuallyAsync(() => _clock.GetUtcNow() - outageStarted >= TimeSpan.FromMinutes(10)), "ten simulated minutes");
        var during = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        var outbox = JsonDocument.Parse(await during.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("outbox");
        Assert.Equal("Unhealthy", outbox.GetProperty("status").GetString());
        Assert.Equal(answers.Count, outbox.GetProperty("data").GetProperty("pending").GetInt64());
        Assert.Equal(0, outbox.GetProperty("data").GetProperty("parked").GetInt64());

        _host.Outage.Current = SearchOutage.Mode.None;
        Assert.True(await MatchingHostFactory.EventuallyAsync(() => client.GetAsync("/health").Result.StatusCode == HttpStatusCode.OK), "healthy again");
        // Healthy once the engine answers: the queued writes are applied by the drainer just after, so wait for them.
        Assert.True(await MatchingHostFactory.EventuallyAsync(() => Pending(client).Result == 0), "every queued write applied");

        foreach (var reference in candidates.Append("DAL-8201").Append("DAL-8202"))
            Assert.Equal("Active", await Status(client, $"/api/candidates/{reference}"));
        Assert.Equal("Withdrawn", await Status(client, "/api/candidates/DAL-8001"));
        Assert.Equal("Filled", await Status(client, "/api/vacancies/VAC-8001"));
        Assert.Equal("Open", await Status(client, "/api/vacancies/VAC-8101"));
        Assert.Equal("Open", await Status(client, $"/api/vacancies/{newVacancy}"));
        var withdrawn = await client.GetFromJsonAsync<JsonElement>("/api/candidates/DAL-8001");
        Assert.Contains("reachtruck", withdrawn.GetRawText());

        await ticking.CancelAsync();
        await ticker;
        Assert.True(await _host.PublishedAsync<VacancyClosed>(m => m.VacancyId == "VAC-8001"));
        Assert.True(await _host.PublishedAsync<CandidateProfileChanged>(m => m.CandidateRef == "DAL-8001" && m.Change == CandidateChange.Withdrawn));
        await Task.Delay(300);
        foreach (var reference in candidates)
            Assert.Single(_host.Harness.Published.Select<CandidateProfileChanged>(), m => m.Context.Message.CandidateRef == reference);
        Assert.Single(_host.Harness.Published.Select<VacancyClosed>(), m => m.Context.Message.VacancyId == "VAC-8001");
        Assert.Single(_host.Harness.Published.Select<CandidateProfileChanged>(), m => m.Context.Message is { CandidateRef: "DAL-8001", Change: CandidateChange.Withdrawn });
    }

    private static async Task<long> Pending(HttpClient client) =>
        JsonDocument.Parse(await (await client.GetAsync("/health")).Content.ReadAsStringAsync()).RootElement
            .GetProperty("checks").GetProperty("outbox").GetProperty("data").GetProperty("pending").GetInt64();

    private static async Task<string?> Status(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("status").GetString();
}
