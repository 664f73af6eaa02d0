using System.ComponentModel.DataAnnotations;

namespace Matching.Search.Resilience;

/// <summary>
/// Timeout, retry and circuit-breaker settings around every call to the search engine (section "Resilience:Search").
/// Reads must fail fast rather than hang: a netwerker waiting on a spinner is worse than a clear "try again".
/// </summary>
public sealed class SearchResilienceOptions
{
    public const string Section = "Resilience:Search";

    [Range(0.05, 60)]
    public double ReadTimeoutSeconds { get; set; } = 2;

    [Range(0.05, 120)]
    public double WriteTimeoutSeconds { get; set; } = 10;

    [Range(0, 10)]
    public int RetryCount { get; set; } = 2;

    [Range(1, 10_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 100;

    [Range(0.01, 1)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 4;

    [Range(0.5, 600)]
    public double BreakerSamplingSeconds { get; set; } = 30;

    [Range(0.5, 600)]
    public double BreakDurationSeconds { get; set; } = 15;
}
