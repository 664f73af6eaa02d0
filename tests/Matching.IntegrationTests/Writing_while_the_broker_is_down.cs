using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Matching.IntegrationTests;

/// <summary>
/// Fault scenario: the broker is away while the front office writes. No request waits on it: every write is answered
/// at once (indexed, its events kept in the outbox), readiness reports the broker unhealthy, and once the broker is
/// back every event goes out, each match list once.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class Writing_while_the_broker_is_down(RabbitMqNode node) : IAsyncLifetime
{
    private const int Writes = 50;
    private readonly string _data = RepositoryPaths.NewTempFolder("data");
    private string _virtualHost = "";

    public async Task InitializeAsync() => _virtualHost = await node.CreateVirtualHostAsync();

    [Fact]
    public async Task Every_write_is_answered_at_once_and_every_event_delivered_once_after_the_broker_returns()
    {
        await using var observer = await TestBus.StartAsync(node, _virtualHost);
        // A publish attempt to the absent broker would hold a write 20 s: far beyond what a write takes on a loaded machine.
        await using var host = new IntegrationHost(_data, node, _virtualHost, brokerTimeout: TimeSpan.FromSeconds(20));
        var client = host.CreateClient();
        foreach (var reference in new[] { "DAL-300001", "DAL-300002" }) await client.PutCandidateAsync(reference);

        await node.CtlAsync("stop_app");
        var vacancyIds = Enumerable.Range(1, Writes / 2).Select(i => $"VAC-DOWN-{i:D2}").ToArray();
        var slowest = TimeSpan.Zero;
        var acknowledged = 0;
        try
        {
            for (var i = 0; i < Writes / 2; i++)
            {
                foreach (var write in new Func<Task<HttpResponseMessage>>[]
                {
                    () => client.PutAsJsonAsync($"/api/vacancies/{vacancyIds[i]}", TestData.ForkliftVacancy()),
                    () => client.PutAsJsonAsync($"/api/candidates/DAL-3101{i:D2}", TestData.ForkliftDriver($"DAL-3101{i:D2}")),
                })
                {
                    var timer = Stopwatch.StartNew();
                    var response = await write();
                    slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, timer.Elapsed.Ticks));
                    Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Accepted, $"{response.StatusCode}");
                    acknowledged++;
                }
            }
            var health = await host.CreateClient().GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("\"broker\"", await health.Content.ReadAsStringAsync());
        }
        finally
        {
            await node.CtlAsync("start_app");
            await node.CtlAsync("await_startup");
        }

        Assert.Equal(Writes, acknowledged);
        // Answered from the outbox, not after a publish attempt to the absent broker (which runs up to its timeout).
        Assert.True(slowest < host.BrokerTimeout / 2, $"the slowest write took {slowest.TotalMilliseconds:F0} ms");
        // Every acknowledged write is stored ...
        foreach (var id in vacancyIds) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/vacancies/{id}")).StatusCode);
        for (var i = 0; i < Writes / 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/candidates/DAL-3101{i:D2}")).StatusCode);
        // ... and its effects happen once: one match list per vacancy, no duplicate delivery.
        await Eventually.HoldsAsync(() => observer.Matched.Values.Select(m => m.VacancyId).Distinct().Count(v => v.StartsWith("VAC-DOWN-")) == vacancyIds.Length,
            TimeSpan.FromSeconds(120), $"{vacancyIds.Length} match lists (got {observer.Matched.Count})");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(vacancyIds.Length, observer.Deliveries.Count);
        foreach (var id in vacancyIds) Assert.Equal(1, await host.Ledger.CountMatchListsAsync(id, CancellationToken.None));
        await Eventually.HoldsAsync(async () => (await host.CreateClient().GetAsync("/health")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "health back to 200 once the outbox is empty");
    }

    public async Task DisposeAsync()
    {
        await node.DeleteVirtualHostAsync(_virtualHost);
        Directory.Delete(_data, recursive: true);
    }
}
