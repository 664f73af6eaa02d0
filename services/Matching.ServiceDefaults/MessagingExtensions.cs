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
                    cfg.Host(options.Host, (ushort)options.Port, options.VirtualHost, h =>
                    {
                        h.Username(options.Username);
                        h.Password(options.Password);
                    });
                    cfg.ConfigureEndpoints(context);
                });
            else
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
        });
        return builder;
    }
}
