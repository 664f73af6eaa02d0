using System.ComponentModel.DataAnnotations;

namespace Matching.Host;

/// <summary>Ports of the all-in-one host (section "Endpoints"). Both bind to loopback only.</summary>
public sealed class EndpointOptions
{
    public const string Section = "Endpoints";

    /// <summary>REST+JSON and health, HTTP/1.1.</summary>
    [Range(1, 65535)]
    public int RestPort { get; set; } = 5080;

    /// <summary>gRPC, HTTP/2 without TLS (h2c) on loopback.</summary>
    [Range(1, 65535)]
    public int GrpcPort { get; set; } = 5081;
}
