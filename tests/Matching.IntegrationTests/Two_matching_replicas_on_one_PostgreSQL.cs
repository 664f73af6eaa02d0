using Grpc.Core;
using Grpc.Net.Client;
using Wsp.Matching.V1;
using Matching.Contracts;
using Matching.Ranking.Audit;
using Matching.ServiceDefaults.Storage;

namespace Matching.IntegrationTests;

/// <summary>
/// Two matching processes share one PostgreSQL database and consume the same queue on one RabbitMQ node. One is
/// killed (SIGKILL) mid-stream and every event is published a second time: each vacancy still gets one match list,
/// one audit entry and one CandidatesMatched, and nothing either process accepted is lost. A weekdate list one replica
/// generates is downloaded from the other: no replica keeps files of its own.
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
        var publishedAt = DateTimeOffset.UtcNow;
        // The ledger's and audit log's tables made before the replicas start, so that the test can hold the audit table.
        using (var schema = new PostgresDatabase(database.ConnectionString))
            await (await schema.OpenAsync(typeof(PostgresAuditLog), CancellationToken.None)).DisposeAsync();

        using var second = Replica("b", Shared(database, "b"));
        using (var first = Replica("a", Shared(database, "a")))
        {
            await Eventually.HoldsAsync(async () => await queues.InspectAsync(Queue) is { Consumers: 2 }, TimeSpan.FromSeconds(90), "both replicas consuming");
            // While the test holds the audit table, a replica stores an event's list and then waits to audit it: the first
            // replica is killed exactly there, with lists stored, none audited and its messages unacknowledged. (Killing at
            // a moment seen from outside was a race: on a busy machine both replicas had finished all events before it.)
            await using (var audit = await database.LockTableAsync("audit_events"))
            {
                foreach (var id in _vacancyIds) await observer.PublishAsync(new VacancyPublished(id, TestData.Dalfsen, publishedAt));
                await Eventually.HoldsAsync(async () => await database.ScalarAsync(
                        "SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = 'replica-a' AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO audit_events%'") > 0,
                    TimeSpan.FromSeconds(60), "the first replica waiting to audit a list it stored");
                first.Kill();
                Assert.True(await database.ScalarAsync("SELECT COUNT(*) FROM match_lists") > 0);
                Assert.Equal(0, await database.ScalarAsync("SELECT COUNT(*) FROM audit_events"));
            }
        }
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

    [SkippableFact]
    public async Task A_weekdate_list_one_replica_generates_is_downloaded_from_the_other()
    {
        await using var database = await PostgresTestDatabase.CreateOrSkipAsync();
        using var first = Replica("a", Shared(database, "a"));
        using var second = Replica("b", Shared(database, "b"));
        var week = System.Globalization.ISOWeek.GetYear(DateTime.Today) + "-W" + System.Globalization.ISOWeek.GetWeekOfYear(DateTime.Today).ToString("D2");

        GenerateWeekdateListResponse? generated = null;
        await Eventually.HoldsAsync(async () =>
        {
            try { generated = await Weekdate(first).GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = TestData.Dalfsen, IsoWeek = week, OmitFiles = true }); }
            catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable) { return false; }
            return true;
        }, TimeSpan.FromSeconds(90), "the first replica generating a list");
        var csv = await DownloadEventuallyAsync(second, generated!.ListReference, WeekdateFileFormat.Csv);
        var html = await DownloadEventuallyAsync(second, generated.ListReference, WeekdateFileFormat.Html);

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.StartsWith("sectie", System.Text.Encoding.UTF8.GetString(csv[3..]));
        Assert.Contains(TestData.Dalfsen, System.Text.Encoding.UTF8.GetString(csv));
        Assert.Contains(generated.ListReference, System.Text.Encoding.UTF8.GetString(html));
        Assert.Empty(Directory.GetFiles(_folder, "weekdate-*", SearchOption.AllDirectories));
    }

    /// <summary>The replicas' shared settings; each connects under its own application name, so the test can see what it waits on.</summary>
    private static Dictionary<string, string> Shared(PostgresTestDatabase database, string replica) => new()
    {
        ["Storage:Provider"] = "PostgreSQL",
        ["ConnectionStrings:Matching"] = database.ConnectionString + ";Application Name=replica-" + replica,
    };

    private static WeekdateService.WeekdateServiceClient Weekdate(MatchingProcess replica) =>
        new(GrpcChannel.ForAddress(replica.Address, new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure,
                CallCredentials.FromInterceptor((_, metadata) => { metadata.Add("x-api-key", "demo-key-dalfsen"); return Task.CompletedTask; })),
            UnsafeUseInsecureChannelCallCredentials = true,
        }));

    private static async Task<byte[]> DownloadEventuallyAsync(MatchingProcess replica, string reference, WeekdateFileFormat format)
    {
        var bytes = new List<byte>();
        await Eventually.HoldsAsync(async () =>
        {
            bytes.Clear();
            try
            {
                using var call = Weekdate(replica).GetWeekdateFile(new GetWeekdateFileRequest { ListReference = reference, Format = format });
                await foreach (var chunk in call.ResponseStream.ReadAllAsync()) bytes.AddRange(chunk.Data.ToByteArray());
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Unavailable) { return false; }
            return true;
        }, TimeSpan.FromSeconds(90), "the second replica serving the file");
        return bytes.ToArray();
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
