using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Retry;

namespace Matching.ServiceDefaults;

/// <summary>The Polly pipeline around publishing to the broker: a publish that hangs (broker gone) times out and is retried with jitter.</summary>
public static class BrokerPipeline
{
    public const string Name = "broker-publish";

    public static IServiceCollection AddBrokerPipeline(this IServiceCollection services) =>
        services.AddResiliencePipeline(Name, builder => builder
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddTimeout(TimeSpan.FromSeconds(5)));
}
