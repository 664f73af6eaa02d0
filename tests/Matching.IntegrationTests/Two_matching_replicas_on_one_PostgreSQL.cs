using Matching.Contracts;

namespace Matching.IntegrationTests;

/// <summary>
/// Two matching processes share one PostgreSQL database and consume the same queue on one RabbitMQ node. One is
/// killed (SIGKILL) mid-stream and every event is published a second time: each vacancy still gets one match list,
/// one audit entry and one CandidatesMatched, and nothing either process accepted is lost.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class Two_matching_replicas_on_one_PostgreSQL(RabbitMqNode node) : IAsyncLifetime
{
    private const int Vacancies = 60;
    private const string Queue = "vacancy-published";
    private readonly string _folder = RepositoryPaths.NewTempFolder("replicas");
    private readonly string[] _vacancyIds = Enumerable.Range(1, Vacancies).Select(i => $"VAC-REPL-{i:D2}").ToArray();
    private string _virtualHost = "";

    private string DataDirectory => Path.Combine(_folder, "index");

    public async Task InitializeAsync()
    {
        _virtualHost = await node.CreateVirtualHostAsync();
        await TestData.SeedAsync(DataDirectory, _vacancyIds, ["DAL-400001", "DAL-400002"]);
    }

    [SkippableFact]
    public async Task Should_act_once_per_event_audit_every_list_and_lose_nothing_when_one_replica_dies()
    {
        await using var database = await PostgresTestDatabase.CreateOrSkipAsync();
        await using var observer = await TestBus.StartAsync(node, _virtualHost);
        await using var queues = new BrokerQueues(node, _virtualHost);
        var shared = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Matching"] = database.ConnectionString,
        };
        var publishedAt = DateTimeOffset.UtcNow;

        using var second = Replica("b", shared);
        using (var first = Replica("a", shared))
        {
            await Eventually.HoldsAsync(async () => await queues.InspectAsync(Queue) is { Consumers: 2 }, TimeSpan.FromSeconds(90), "both replicas consuming");
            foreach (var id in _vacancyIds) await observer.PublishAsync(new VacancyPublished(id, TestData.Dalfsen, publishedAt));
            await Eventually.HoldsAsync(() => !observer.Matched.IsEmpty, TimeSpan.FromSeconds(30), "the first CandidatesMatched");
            first.Kill();
        }
        var doneBeforeKill = observer.Matched.Count;
        Assert.True(doneBeforeKill < Vacancies, $"all {Vacancies} were done before a replica was killed; nothing was in flight");
        Assert.False(second.HasExited);

        await Eventually.HoldsAsync(() => observer.Matched.Count == Vacancies, TimeSpan.FromSeconds(120),
            $"{Vacancies} distinct CandidatesMatched (got {observer.Matched.Count})");
        // A publisher's retry: every event once more, after the lists exist.
        foreach (var id in _vacancyIds) await observer.PublishAsync(new VacancyPublished(id, TestData.Dalfsen, publishedAt));
        await Eventually.HoldsAsync(async () => await queues.InspectAsync(Queue) is { Messages: 0 } && await database.ScalarAsync(
            "SELECT COUNT(*) FROM pending_writes") == 0, TimeSpan.FromSeconds(60), "the queue and the shared outbox drained");
        // Give a wrongly repeated effect time to show.
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Equal(Vacancies, observer.Matched.Count);
        Assert.Equal(_vacancyIds, observer.Matched.Values.Select(m => m.VacancyId).Order());
        Assert.Equal(_vacancyIds.Select(id => (id, 1L)),
            await database.CountsAsync("SELECT vacancy_id, COUNT(*) FROM match_lists GROUP BY vacancy_id ORDER BY vacancy_id"));
        Assert.Equal(_vacancyIds.Select(id => (id, 1L)),
            await database.CountsAsync("SELECT vacancy_id, COUNT(*) FROM audit_events WHERE action = 'match-list' GROUP BY vacancy_id ORDER BY vacancy_id"));
        // Every audited list names the candidates that went out in its event.
        Assert.Equal(observer.Matched.Values.Sum(m => m.Candidates.Count),
            await database.ScalarAsync("SELECT COUNT(*) FROM audit_candidates c JOIN audit_events e ON e.id = c.event_id WHERE e.action = 'match-list'"));
        Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM parked_writes"));
        Assert.Null(await queues.InspectAsync(Queue + "_error"));
    }

    private MatchingProcess Replica(string name, IReadOnlyDictionary<string, string> shared)
    {
        var folder = Path.Combine(_folder, name);
        Directory.CreateDirectory(folder);
        return MatchingProcess.Start(node, _virtualHost, DataDirectory, Path.Combine(folder, "matching", "ledger.db"), folder, shared);
    }

    public async Task DisposeAsync()
    {
        await node.DeleteVirtualHostAsync(_virtualHost);
        Directory.Delete(_folder, recursive: true);
    }
}
