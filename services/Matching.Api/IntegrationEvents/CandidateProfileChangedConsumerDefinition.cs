using Matching.ServiceDefaults;
using Microsoft.Extensions.Options;
using MassTransit;

namespace Matching.Api.IntegrationEvents;

public sealed class CandidateProfileChangedConsumerDefinition(IOptions<MessagingOptions> messaging) : ConsumerDefinition<CandidateProfileChangedConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CandidateProfileChangedConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Intervals(messaging.Value.RetryIntervals()));
}
