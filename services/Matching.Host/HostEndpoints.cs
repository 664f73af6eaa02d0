using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Matching.Host;

public static class HostEndpoints
{
    /// <summary>REST (HTTP/1.1) and gRPC (h2c) on <see cref="EndpointOptions.BindAddress"/>: loopback unless configured.</summary>
    public static IHostApplicationBuilder AddHostEndpoints(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(EndpointOptions.Section).Get<EndpointOptions>() ?? new EndpointOptions();
        var address = options.Address();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(address, options.RestPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(address, options.GrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        });
        return builder;
    }
}
