using Matching.ServiceDefaults;

namespace Matching.IntegrationTests;

/// <summary>The host on RabbitMQ: a vacancy registered over REST travels through the broker and comes back as a match list.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class Registering_a_vacancy_over_RabbitMq(RabbitMqNode node) : IAsyncLifetime
{
    private readonly string _data = RepositoryPaths.NewTempFolder("data");
    private string _virtualHost = "";

    public async Task InitializeAsync() => _virtualHost = await node.CreateVirtualHostAsync();

    [Fact]
    public async Task Should_publish_candidates_matched_on_the_broker_and_store_the_match_list()
    {
        await using var observer = await TestBus.StartAsync(node, _virtualHost);
        await using var host = new IntegrationHost(_data, node, _virtualHost);
        var client = host.CreateClient();
        await client.PutCandidateAsync("DAL-100001");
        await client.PutCandidateAsync("DAL-100002");

        await client.PutVacancyAsync("VAC-RMQ-1");

        await Eventually.HoldsAsync(() => !observer.Matched.IsEmpty, TimeSpan.FromSeconds(30), "CandidatesMatched on the observer queue");
        var (messageId, matched) = Assert.Single(observer.Matched);
        Assert.Equal("VAC-RMQ-1", matched.VacancyId);
        Assert.Equal(["DAL-100001", "DAL-100002"], matched.Candidates.Select(c => c.CandidateRef).Order());
        Assert.NotEqual(Guid.Empty, messageId);
        Assert.Equal(EventCorrelation.ForVacancy("VAC-RMQ-1"), observer.CorrelationIds[messageId]);
        Assert.Equal(1, await host.Ledger.CountMatchListsAsync("VAC-RMQ-1", CancellationToken.None));
    }

    public async Task DisposeAsync()
    {
        await node.DeleteVirtualHostAsync(_virtualHost);
        Directory.Delete(_data, recursive: true);
    }
}
