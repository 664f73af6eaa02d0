using Matching.Ranking.Ledger;
using Matching.Contracts;
using Microsoft.Extensions.Options;

namespace Matching.IntegrationTests;

/// <summary>
/// The matching service, a separate process, is killed (SIGKILL) while it works through a batch: RabbitMQ hands the
/// messages it had not acknowledged to the restarted process, and the ledger keeps every vacancy's list to one.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class Killing_the_matching_service_mid_batch(RabbitMqNode node) : IAsyncLifetime
{
    /// <summary>Enough that a fast run is still busy when the first list is seen (60 were all done within one 100 ms poll once).</summary>
    private const int Vacancies = 150;
    private const string Queue = "vacancy-published";
    private readonly string _folder = RepositoryPaths.NewTempFolder("crash");
    private readonly string[] _vacancyIds = Enumerable.Range(1, Vacancies).Select(i => $"VAC-CRASH-{i:D3}").ToArray();
    private string _virtualHost = "";

    private string DataDirectory => Path.Combine(_folder, "index");

    private string LedgerPath => Path.Combine(_folder, "matching", "ledger.db");

    public async Task InitializeAsync()
    {
        _virtualHost = await node.CreateVirtualHostAsync();
        await TestData.SeedAsync(DataDirectory, _vacancyIds, ["DAL-300001", "DAL-300002"]);
    }

    [Fact]
    public async Task Should_redeliver_what_it_held_and_process_every_message_exactly_once()
    {
        await using var observer = await TestBus.StartAsync(node, _virtualHost);
        await using var queues = new BrokerQueues(node, _virtualHost);
        var ledger = new SqliteMatchLedger(Options.Create(new LedgerOptions { Path = LedgerPath }));
        var publishedAt = DateTimeOffset.UtcNow;

        using (var first = MatchingProcess.Start(node, _virtualHost, DataDirectory, LedgerPath, _folder))
        {
            await queues.WaitForConsumerAsync(Queue, TimeSpan.FromSeconds(60));
            foreach (var id in _vacancyIds) await observer.PublishAsync(new VacancyPublished(id, TestData.Dalfsen, publishedAt));
            // Killed as soon as the first list is seen: polled every few milliseconds, not every 100.
            await Eventually.HoldsAsync(() => !observer.Matched.IsEmpty, TimeSpan.FromSeconds(30), "the first CandidatesMatched",
                pollEvery: TimeSpan.FromMilliseconds(5));
            first.Kill();
        }
        var doneBeforeCrash = observer.Matched.Count;
        Assert.True(doneBeforeCrash < Vacancies, $"the process finished all {Vacancies} before it was killed; nothing was in flight");
        await Eventually.HoldsAsync(async () => await queues.InspectAsync(Queue) is { Consumers: 0 }, TimeSpan.FromSeconds(30),
            "the broker noticing the dead consumer");

        using var second = MatchingProcess.Start(node, _virtualHost, DataDirectory, LedgerPath, _folder);

        await Eventually.HoldsAsync(() => observer.Matched.Count == Vacancies, TimeSpan.FromSeconds(90),
            $"{Vacancies} distinct CandidatesMatched (got {observer.Matched.Count}, {doneBeforeCrash} before the crash)");
        Assert.Equal(_vacancyIds, observer.Matched.Values.Select(m => m.VacancyId).Order());
        foreach (var id in _vacancyIds)
            Assert.Equal(1, await ledger.CountMatchListsAsync(id, CancellationToken.None));
        Assert.Equal((uint)0, (await queues.InspectAsync(Queue))?.Messages);
        Assert.Null(await queues.InspectAsync(Queue + "_error"));
    }

    public async Task DisposeAsync()
    {
        await node.DeleteVirtualHostAsync(_virtualHost);
        Directory.Delete(_folder, recursive: true);
    }
}
