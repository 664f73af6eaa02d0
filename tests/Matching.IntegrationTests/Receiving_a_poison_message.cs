using System.Text;
using Matching.Contracts;

namespace Matching.IntegrationTests;

/// <summary>
/// Messages the matching service can never process end in the queue's error queue (after the consumer's retries),
/// and the good messages behind them are processed: a poison message never blocks the queue.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class Receiving_a_poison_message(RabbitMqNode node) : IAsyncLifetime
{
    private const string Queue = "vacancy-published";
    private readonly string _data = RepositoryPaths.NewTempFolder("data");
    private readonly string[] _vacancyIds = ["VAC-GOOD-1", "VAC-GOOD-2", "VAC-GOOD-3"];
    private string _virtualHost = "";

    public async Task InitializeAsync()
    {
        _virtualHost = await node.CreateVirtualHostAsync();
        await TestData.SeedAsync(_data, _vacancyIds, ["DAL-400001"]);
    }

    [Fact]
    public async Task Should_move_it_to_the_error_queue_and_process_the_messages_behind_it()
    {
        await using var observer = await TestBus.StartAsync(node, _virtualHost);
        await using var queues = new BrokerQueues(node, _virtualHost);
        await using var host = new IntegrationHost(_data, node, _virtualHost);
        _ = host.Services;
        await queues.WaitForConsumerAsync(Queue, TimeSpan.FromSeconds(30));

        await queues.SendRawAsync(Queue, Encoding.UTF8.GetBytes("{\"message\": {\"vacancyId\": "), "application/vnd.masstransit+json");
        await queues.SendRawAsync(Queue, Encoding.UTF8.GetBytes("""
            {"messageId": "6f1c2a40-0000-0000-0000-000000000001", "messageType": ["urn:message:Matching.Contracts:VacancyPublished"],
             "message": {"vacancyId": "VAC-GOOD-1", "municipalityCode": "GM0148", "publishedAt": "not a date"}}
            """), "application/vnd.masstransit+json");
        var publishedAt = DateTimeOffset.UtcNow;
        foreach (var id in _vacancyIds) await observer.PublishAsync(new VacancyPublished(id, TestData.Dalfsen, publishedAt));

        await Eventually.HoldsAsync(() => observer.Matched.Count == _vacancyIds.Length, TimeSpan.FromSeconds(60),
            "the good messages' CandidatesMatched");
        await Eventually.HoldsAsync(async () => await queues.InspectAsync(Queue + "_error") is { Messages: 2 }, TimeSpan.FromSeconds(60),
            "both poison messages in the error queue");
        var dead = await queues.DrainAsync(Queue + "_error");
        Assert.All(dead, message => Assert.True(message.BasicProperties.Headers?.ContainsKey("MT-Fault-ExceptionType"),
            "the error queue keeps why the message failed"));
        Assert.Equal((uint)0, (await queues.InspectAsync(Queue))?.Messages);
        foreach (var id in _vacancyIds)
            Assert.Equal(1, await host.Ledger.CountMatchListsAsync(id, CancellationToken.None));
    }

    public async Task DisposeAsync()
    {
        await node.DeleteVirtualHostAsync(_virtualHost);
        Directory.Delete(_data, recursive: true);
    }
}
