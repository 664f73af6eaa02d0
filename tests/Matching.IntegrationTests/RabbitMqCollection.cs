namespace Matching.IntegrationTests;

/// <summary>One node for all integration tests; they run one after another (one restarts the broker).</summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqNode>
{
    public const string Name = "RabbitMQ";
}
