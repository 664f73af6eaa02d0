using System.Reflection;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Matching.ServiceDefaults;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit with the consumers found in <paramref name="consumerAssemblies"/>. The transport is configuration:
    /// Messaging:Transport=InMemory (default) or RabbitMq (Messaging:Host, Port, VirtualHost, Username, Password).
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder, params Assembly[] consumerAssemblies)
    {
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        builder.Services.AddBrokerPipeline();
        builder.Services.AddMassTransit(x =>
        {
            x.SetKebabCaseEndpointNameFormatter();
            if (consumerAssemblies.Length > 0) x.AddConsumers(consumerAssemblies);
            if (options.Transport == "RabbitMq")
                x.UsingRabbitMq((context, cfg) =>
                {
                    // MassTransit 8 defaults kept: durable exchanges and queues, persistent messages, JSON bodies,
                    // a message id on every message; retries per consumer definition, then the queue's "_error" queue.
                    cfg.Host(options.Host, (ushort)options.Port, options.VirtualHost, h =>
                    {
                        h.Username(options.Username);
                        h.Password(options.Password);
                        // Publish returns only once the broker has taken the message (also the default; stated, as we rely on it).
                        h.PublisherConfirmation = true;
                    });
                    cfg.ConfigureEventCorrelation();
                    // Meter "MassTransit": messages published, sent, received and consumed (Telemetry/TelemetryExtensions).
                    cfg.UseInstrumentation(serviceName: builder.Environment.ApplicationName);
                    cfg.ConfigureEndpoints(context);
                });
            else
                x.UsingInMemory((context, cfg) =>
                {
                    cfg.ConfigureEventCorrelation();
                    cfg.UseInstrumentation(serviceName: builder.Environment.ApplicationName);
                    cfg.ConfigureEndpoints(context);
                });
        });
        return builder;
    }
}
