using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Matching.Search.Resilience;

namespace Matching.ServiceDefaults;

/// <summary>The Polly pipeline around publishing to the broker: a publish that hangs (broker gone) times out and is retried with jitter.</summary>
public static class BrokerPipeline
{
    public const string Name = "broker-publish";

    public static IServiceCollection AddBrokerPipeline(this IServiceCollection services)
    {
        services.AddOptions<BrokerResilienceOptions>().BindConfiguration(BrokerResilienceOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddPrivacySafeResilienceTelemetry();
        return services.AddResiliencePipeline(Name, (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<BrokerResilienceOptions>>().Value;
            builder
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                    MaxRetryAttempts = options.RetryCount,
                    Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                })
                .AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
        });
    }
}
