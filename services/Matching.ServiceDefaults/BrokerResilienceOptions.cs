using System.ComponentModel.DataAnnotations;

namespace Matching.ServiceDefaults;

/// <summary>Timeout and retry around publishing to the broker (section "Resilience:Broker").</summary>
public sealed class BrokerResilienceOptions
{
    public const string Section = "Resilience:Broker";

    [Range(0.1, 120)]
    public double TimeoutSeconds { get; set; } = 5;

    [Range(1, 10)]
    public int RetryCount { get; set; } = 2;

    [Range(1, 10_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 200;
}
