using System.Collections.Concurrent;
using MassTransit;
using Matching.Contracts;

namespace Matching.IntegrationTests;

/// <summary>
/// The test's own MassTransit bus on the broker, apart from the services: publishes events as another service would,
/// and records every CandidatesMatched that arrives in its own queue, by message id.
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private TestBus(RabbitMqNode node, string virtualHost)
    {
        _bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(node.Host, (ushort)node.Port, virtualHost, h =>
            {
                h.Username(node.Username);
                h.Password(node.Password);
                h.PublisherConfirmation = true;
            });
            cfg.ReceiveEndpoint("integration-test-observer", e => e.Handler<CandidatesMatched>(context =>
            {
                Deliveries.Enqueue(context.MessageId ?? Guid.Empty);
                Matched[context.MessageId ?? Guid.Empty] = context.Message;
                CorrelationIds[context.MessageId ?? Guid.Empty] = context.CorrelationId;
                return Task.CompletedTask;
            }));
        });
    }

    /// <summary>Every CandidatesMatched delivery, duplicates included.</summary>
    public ConcurrentQueue<Guid> Deliveries { get; } = new();

    public ConcurrentDictionary<Guid, CandidatesMatched> Matched { get; } = new();

    public ConcurrentDictionary<Guid, Guid?> CorrelationIds { get; } = new();

    public static async Task<TestBus> StartAsync(RabbitMqNode node, string virtualHost)
    {
        var bus = new TestBus(node, virtualHost);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await bus._bus.StartAsync(timeout.Token);
        return bus;
    }

    /// <summary>Publishes, retrying while the broker is away (a retried publish may arrive twice: consumers are idempotent).</summary>
    public async Task PublishAsync<T>(T message) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _bus.Publish(message, timeout.Token);
                return;
            }
            catch (Exception) when (attempt < 60)
            {
                await Task.Delay(500);
            }
        }
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync(TimeSpan.FromSeconds(30));
}
