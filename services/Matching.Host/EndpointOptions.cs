using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Matching.Host;

/// <summary>Address and ports of the all-in-one host (section "Endpoints").</summary>
public sealed class EndpointOptions
{
    public const string Section = "Endpoints";

    /// <summary>The address both endpoints bind to: loopback for `make run`, "0.0.0.0" (or "::") in a container.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>REST+JSON and health, HTTP/1.1.</summary>
    [Range(1, 65535)]
    public int RestPort { get; set; } = 5080;

    /// <summary>gRPC, HTTP/2 without TLS (h2c).</summary>
    [Range(1, 65535)]
    public int GrpcPort { get; set; } = 5081;

    public IPAddress Address() => IPAddress.TryParse(BindAddress, out var address)
        ? address
        : throw new InvalidOperationException($"{Section}:BindAddress '{BindAddress}' is not an IP address (e.g. 127.0.0.1 or 0.0.0.0).");
}
