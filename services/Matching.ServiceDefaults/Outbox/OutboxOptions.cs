using System.ComponentModel.DataAnnotations;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>Where accepted writes wait until the index and the broker have taken them, and how they are retried (section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    [Required]
    public string Path { get; set; } = "data/outbox.db";

    /// <summary>How often pending writes are looked at while the search engine or broker is away (writes also wake the drainer).</summary>
    [Range(0.05, 300)]
    public double DrainIntervalSeconds { get; set; } = 2;

    /// <summary>
    /// How long a request waits for its write to be indexed before it answers 202 (never for the broker; not at all
    /// while the engine is known to be away, and no longer once the drainer finds it away).
    /// </summary>
    [Range(0, 60_000)]
    public int AcknowledgeWaitMilliseconds { get; set; } = 10_000;

    /// <summary>Attempts at a write the engine or broker rejects (not: is away) before it is parked as a dead letter.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>First delay between attempts; doubles per attempt up to <see cref="RetryMaxDelaySeconds"/>. Also the pause after the engine or broker was found away.</summary>
    [Range(0.01, 3600)]
    public double RetryBaseDelaySeconds { get; set; } = 2;

    [Range(0.01, 86_400)]
    public double RetryMaxDelaySeconds { get; set; } = 300;

    /// <summary>Longest pause between tries while the engine or the broker is away (the pause doubles from the drain interval).</summary>
    [Range(0.05, 3600)]
    public double OutageRetryMaxSeconds { get; set; } = 30;

    /// <summary>Health turns Unhealthy (readiness 503) when the oldest accepted write has waited this long.</summary>
    [Range(0.1, 10_080)]
    public double UnhealthyAfterMinutes { get; set; } = 15;

    /// <summary>How long the id of a delivered event is kept so the same event is not queued twice (then purged, hourly).</summary>
    [Range(0.01, 87_600)]
    public double DeliveredMessageRetentionHours { get; set; } = 168;

    public TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(RetryMaxDelaySeconds, RetryBaseDelaySeconds * Math.Pow(2, Math.Max(0, attempt - 1))));
}
