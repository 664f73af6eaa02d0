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
}
