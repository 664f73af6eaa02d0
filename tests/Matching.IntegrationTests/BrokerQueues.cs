using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Matching.IntegrationTests;

/// <summary>Looks at queues with the plain RabbitMQ client, as an operator would: depth, consumers, dead letters.</summary>
public sealed class BrokerQueues(RabbitMqNode node, string virtualHost) : IAsyncDisposable
{
    private IConnection? _connection;

    /// <summary>The queue's message and consumer counts, or null when it does not exist.</summary>
    public async Task<(uint Messages, uint Consumers)?> InspectAsync(string queue)
    {
        await using var channel = await (await ConnectionAsync()).CreateChannelAsync();
        try
        {
            var ok = await channel.QueueDeclarePassiveAsync(queue);
            return (ok.MessageCount, ok.ConsumerCount);
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }

    /// <summary>Takes every message off the queue (acknowledged), with its headers.</summary>
    public async Task<IReadOnlyList<BasicGetResult>> DrainAsync(string queue)
    {
        await using var channel = await (await ConnectionAsync()).CreateChannelAsync();
        var messages = new List<BasicGetResult>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message) messages.Add(message);
        return messages;
    }

    /// <summary>Puts raw bytes straight onto a queue, bypassing MassTransit (as a broken publisher might).</summary>
    public async Task SendRawAsync(string queue, byte[] body, string contentType)
    {
        await using var channel = await (await ConnectionAsync()).CreateChannelAsync();
        var properties = new BasicProperties { ContentType = contentType, Persistent = true, MessageId = Guid.NewGuid().ToString() };
        await channel.BasicPublishAsync("", queue, mandatory: false, properties, body);
    }

    public async Task WaitForConsumerAsync(string queue, TimeSpan timeout) =>
        await Eventually.HoldsAsync(async () => await InspectAsync(queue) is { Consumers: > 0 }, timeout, $"a consumer on {queue}");

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }

    private async Task<IConnection> ConnectionAsync() => _connection ??= await new ConnectionFactory
    {
        HostName = node.Host,
        Port = node.Port,
        VirtualHost = virtualHost,
        UserName = node.Username,
        Password = node.Password,
    }.CreateConnectionAsync();
}
