using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// Unhealthy (readiness 503) while the broker is away: the outbox found it so when publishing, or, on RabbitMQ, its
/// port does not accept a connection. Writes are still accepted then (202) and their events wait in the outbox.
/// </summary>
public sealed class BrokerHealthCheck(OutboxDrainer drainer, IOptions<MessagingOptions> messaging) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (drainer.Outage(IndexTarget.Events) is { } reason)
            return HealthCheckResult.Unhealthy($"Events wait in the outbox: {reason}");
        var options = messaging.Value;
        if (options.Transport != "RabbitMq") return HealthCheckResult.Healthy("In-memory bus.");
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(1));
            await client.ConnectAsync(options.Host, options.Port, timeout.Token);
            return HealthCheckResult.Healthy($"RabbitMQ at {options.Host}:{options.Port} accepts connections.");
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ at {options.Host}:{options.Port} does not accept connections; events wait in the outbox.");
        }
    }
}
