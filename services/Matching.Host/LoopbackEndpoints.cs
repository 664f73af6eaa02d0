using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Matching.Host;

public static class LoopbackEndpoints
{
    public static IHostApplicationBuilder AddLoopbackEndpoints(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(EndpointOptions.Section).Get<EndpointOptions>() ?? new EndpointOptions();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.RestPort, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(IPAddress.Loopback, options.GrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        });
        return builder;
    }
}
