using Elastic.Transport;
using Matching.Search.Elasticsearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;
using Polly.Timeout;

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
        services.AddResiliencePipeline(Read, (builder, context) =>
            Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<SearchResilienceOptions>>().Value, write: false));
        services.AddResiliencePipeline(Write, (builder, context) =>
            Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<SearchResilienceOptions>>().Value, write: true));
        return services;
    }

    /// <summary>
    /// Failures worth retrying, which also count toward the breaker and reach callers as "unavailable": the engine did
    /// not answer (no response, no answer in time) or answered that it is overloaded or unavailable. Anything else (a
    /// request the engine refuses as wrong, a bug, the caller's cancellation, an open circuit) is not retried and never
    /// opens the breaker: retrying it cannot succeed, and it says nothing about the engine's health.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        BrokenCircuitException or OperationCanceledException => false,
        TimeoutRejectedException => true,
        // The per-attempt timeout cut the Elasticsearch client off mid-call: the client wraps that cancellation in its
        // own exception, so the timeout strategy cannot see it. (A caller's own cancellation is not retried: Polly stops
        // retrying on it, and RunAsync passes it through.)
        TransportException { InnerException: OperationCanceledException } => true,
        ElasticsearchCallException call => call.IsTransient,
        ElasticsearchBulkException bulk => bulk.IsTransient,
        // No HTTP response at all, should a call throw rather than return the failure.
        HttpRequestException { StatusCode: null } => true,
        // The embedded index's storage (disk, the write lock another process holds for a moment).
        IOException => true,
        _ => false,
    };

    /// <summary>
    /// HTTP statuses that say "try again later": none (no response), 429 (the engine sheds load), 502/503/504 (a proxy
    /// found no healthy node, the cluster is recovering or has no master, a gateway timed out). Other 4xx mean the
    /// request itself is wrong, and other 5xx a fault that a retry repeats.
    /// </summary>
    public static bool IsTransientStatus(int? httpStatus) => httpStatus is null or 429 or 502 or 503 or 504;

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
