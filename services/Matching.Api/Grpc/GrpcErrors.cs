using System.Diagnostics.CodeAnalysis;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Matching.Domain.Validation;

namespace Matching.Api.Grpc;

/// <summary>gRPC errors with machine-readable details (google.rpc.BadRequest field violations).</summary>
public static class GrpcErrors
{
    [DoesNotReturn]
    public static void ThrowInvalidArgument(IReadOnlyList<FieldError> errors)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(errors.Select(e => new BadRequest.Types.FieldViolation { Field = e.Field, Description = e.Message }));
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.InvalidArgument,
            Message = string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")),
            Details = { Any.Pack(badRequest) },
        };
        throw status.ToRpcException();
    }

    /// <summary>NOT_FOUND for a reference that does not exist or is not the caller's: one answer for both, never the owner.</summary>
    [DoesNotReturn]
    public static void ThrowNotFound(string field) =>
        throw new RpcException(new global::Grpc.Core.Status(StatusCode.NotFound, $"No candidate with this {field} is available to this client."));

    [DoesNotReturn]
    public static void ThrowFailedPrecondition(string message) => throw new RpcException(new global::Grpc.Core.Status(StatusCode.FailedPrecondition, message));

    [DoesNotReturn]
    public static void ThrowPermissionDenied(string message) => throw new RpcException(new global::Grpc.Core.Status(StatusCode.PermissionDenied, message));

    /// <summary>Unavailable with google.rpc.RetryInfo, so a client knows when to try again instead of hammering.</summary>
    public static RpcException Unavailable(string message, TimeSpan retryAfter)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.Unavailable,
            Message = message,
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(retryAfter) }) },
        };
        return status.ToRpcException();
    }
}
