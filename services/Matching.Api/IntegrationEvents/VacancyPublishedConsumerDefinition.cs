using Matching.ServiceDefaults;
using Microsoft.Extensions.Options;
using MassTransit;

namespace Matching.Api.IntegrationEvents;

/// <summary>Retries quickly for hiccups, then for minutes and an hour for outages (Messaging:RetryIntervalsSeconds); a message that keeps failing goes to the error queue.</summary>
public sealed class VacancyPublishedConsumerDefinition(IOptions<MessagingOptions> messaging) : ConsumerDefinition<VacancyPublishedConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<VacancyPublishedConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Intervals(messaging.Value.RetryIntervals()));
}
