using System.ComponentModel.DataAnnotations;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>Where accepted writes wait until the index and the broker have taken them (section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    [Required]
    public string Path { get; set; } = "data/outbox.db";

    /// <summary>How often pending writes are retried while the search engine or broker is away.</summary>
    [Range(0.1, 300)]
    public double DrainIntervalSeconds { get; set; } = 2;
}
