using System.Net.Sockets;
using System.Text;
using Google.Rpc;
using Grpc.Core;

namespace Matching.Cli.Output;

/// <summary>Explains a failed gRPC call: status code, detail, and any field violations the service sent.</summary>
public static class RpcErrorFormatter
{
    public static string Format(RpcException exception, Uri address)
    {
        var text = new StringBuilder();
        if (exception.StatusCode == Grpc.Core.StatusCode.Unavailable)
        {
            var reason = FindSocketError(exception.Status.DebugException)?.Message ?? exception.Status.Detail;
            text.AppendLine(ServiceHints.NotReachable("matching service", address, reason));
            return text.ToString();
        }
        text.AppendLine($"The matching service refused the request: {exception.StatusCode}: {exception.Status.Detail}");
        var status = exception.GetRpcStatus();
        var badRequest = status?.GetDetail<BadRequest>();
        if (badRequest is { FieldViolations.Count: > 0 })
        {
            text.AppendLine("Field errors:");
            foreach (var violation in badRequest.FieldViolations)
                text.AppendLine($"  {violation.Field}: {violation.Description}");
        }
        return text.ToString();
    }

    private static SocketException? FindSocketError(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is SocketException socket) return socket;
        return null;
    }
}
