using MassTransit;

namespace Matching.Api.IntegrationEvents;

public sealed class CandidateProfileChangedConsumerDefinition : ConsumerDefinition<CandidateProfileChangedConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CandidateProfileChangedConsumer> consumerConfigurator, IRegistrationContext context) =>
        endpointConfigurator.UseMessageRetry(r => r.Intervals(100, 500, 2000, 5000));
}
