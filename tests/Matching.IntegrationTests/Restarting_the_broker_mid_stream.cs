using Matching.Contracts;

namespace Matching.IntegrationTests;

/// <summary>
/// The broker application stops and starts while a stream of VacancyPublished is in flight: the bus reconnects,
/// unacknowledged messages come back, and the ledger keeps each vacancy's match list to one.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class Restarting_the_broker_mid_stream(RabbitMqNode node) : IAsyncLifetime
{
    private const int Vacancies = 30;
    private readonly string _data = RepositoryPaths.NewTempFolder("data");
    private readonly string[] _vacancyIds = Enumerable.Range(1, Vacancies).Select(i => $"VAC-RESTART-{i:D2}").ToArray();
    private string _virtualHost = "";

    public async Task InitializeAsync()
    {
        _virtualHost = await node.CreateVirtualHostAsync();
        await TestData.SeedAsync(_data, _vacancyIds, ["DAL-200001", "DAL-200002", "DAL-200003"]);
    }

    [Fact]
    public async Task Should_process_every_published_vacancy_exactly_once()
    {
        await using var observer = await TestBus.StartAsync(node, _virtualHost);
        await using var host = new IntegrationHost(_data, node, _virtualHost);
        _ = host.Services;
        var publishedAt = DateTimeOffset.UtcNow;

        var publishing = Task.Run(async () =>
        {
            foreach (var id in _vacancyIds)
            {
                await observer.PublishAsync(new VacancyPublished(id, TestData.Dalfsen, publishedAt));
                await Task.Delay(50);
            }
        });
        // Restart once matching is under way: some lists are out, the rest are in flight or not yet published.
        await Eventually.HoldsAsync(() => !observer.Matched.IsEmpty, TimeSpan.FromSeconds(30), "the first CandidatesMatched");
        await node.RestartAsync(TimeSpan.FromSeconds(1));
        await publishing;

        await Eventually.HoldsAsync(() => observer.Matched.Count == Vacancies, TimeSpan.FromSeconds(90),
            $"{Vacancies} distinct CandidatesMatched (got {observer.Matched.Count})");
        Assert.Equal(_vacancyIds, observer.Matched.Values.Select(m => m.VacancyId).Order());
        foreach (var id in _vacancyIds)
            Assert.Equal(1, await host.Ledger.CountMatchListsAsync(id, CancellationToken.None));
        Assert.All(observer.Matched.Values, m => Assert.Equal(3, m.Candidates.Count));
    }

    public async Task DisposeAsync()
    {
        await node.DeleteVirtualHostAsync(_virtualHost);
        Directory.Delete(_data, recursive: true);
    }
}
