using MassTransit;

namespace Matching.Api.IntegrationEvents;

/// <summary>Retries briefly (index or broker hiccups); a message that keeps failing goes to the error queue, never blocking the queue.</summary>
public sealed class VacancyPublishedConsumerDefinition : ConsumerDefinition<VacancyPublishedConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<VacancyPublishedConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 2000, 5000));
}
