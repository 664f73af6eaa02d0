using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;

namespace Matching.Search.Resilience;

/// <summary>The named Polly pipelines for the search engine: retry with jittered backoff, circuit breaker, timeout per attempt.</summary>
public static class SearchPipelines
{
    public const string Read = "search-read";
    public const string Write = "search-write";

    public static IServiceCollection AddSearchPipelines(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchResilienceOptions>().Bind(configuration.GetSection(SearchResilienceOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddPrivacySafeResilienceTelemetry();
        services.AddResiliencePipeline(Read, (builder, context) =>
            Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<SearchResilienceOptions>>().Value, write: false));
        services.AddResiliencePipeline(Write, (builder, context) =>
            Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<SearchResilienceOptions>>().Value, write: true));
        return services;
    }

    /// <summary>Failures worth retrying: the engine's, not the caller's cancellation and not a broken circuit (that must fail fast).</summary>
    public static bool IsTransient(Exception exception) =>
        exception is not (OperationCanceledException or BrokenCircuitException or ArgumentException or InvalidOperationException);

    private static void Configure(ResiliencePipelineBuilder builder, SearchResilienceOptions options, bool write)
    {
        var handle = new PredicateBuilder().Handle<Exception>(IsTransient);
        builder
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = handle,
                MaxRetryAttempts = Math.Max(1, options.RetryCount),
                Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = handle,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(options.BreakerSamplingSeconds),
                BreakDuration = TimeSpan.FromSeconds(options.BreakDurationSeconds),
            })
            .AddTimeout(TimeSpan.FromSeconds(write ? options.WriteTimeoutSeconds : options.ReadTimeoutSeconds));
    }

    /// <summary>Runs <paramref name="call"/> through the named pipeline; engine failures come out as <see cref="SearchUnavailableException"/>.</summary>
    public static async Task<T> RunAsync<T>(this ResiliencePipelineProvider<string> pipelines, string name, SearchResilienceOptions options,
        Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await pipelines.GetPipeline(name).ExecuteAsync(async ct => await call(ct), cancellationToken);
        }
        catch (BrokenCircuitException e)
        {
            throw new SearchUnavailableException("The search engine is unavailable (circuit open).", e.RetryAfter ?? TimeSpan.FromSeconds(options.BreakDurationSeconds), e);
        }
        catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            throw new SearchUnavailableException($"The search engine did not answer: {e.GetType().Name}.", TimeSpan.FromSeconds(1), e);
        }
    }
}
