using System.ComponentModel.DataAnnotations;

namespace Matching.ServiceDefaults;

/// <summary>Which message transport to use (section "Messaging"). InMemory is the embedded default.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    [Required, RegularExpression("^(InMemory|RabbitMq)$", ErrorMessage = "Messaging:Transport must be InMemory or RabbitMq.")]
    public string Transport { get; set; } = "InMemory";

    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>
    /// Seconds between a consumer's attempts at a failing message, comma-separated: quick retries for hiccups, then
    /// minutes and an hour for outages (the engine away), about 1 h 45 min in all, before the message goes to the
    /// queue's "_error" queue. The message stays unacknowledged meanwhile, so a restart hands it back to the queue.
    /// </summary>
    [RegularExpression(@"^\s*\d+(\.\d+)?(\s*,\s*\d+(\.\d+)?)*\s*$", ErrorMessage = "Messaging:RetryIntervalsSeconds lists seconds, comma-separated.")]
    public string RetryIntervalsSeconds { get; set; } = "0.1, 0.5, 2, 5, 30, 120, 600, 1800, 3600";

    public TimeSpan[] RetryIntervals() =>
        RetryIntervalsSeconds.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => TimeSpan.FromSeconds(double.Parse(s, System.Globalization.CultureInfo.InvariantCulture))).ToArray();
}
