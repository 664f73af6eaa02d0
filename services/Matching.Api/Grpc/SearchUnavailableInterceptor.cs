using Grpc.Core;
using Grpc.Core.Interceptors;
using Matching.Search.Resilience;

namespace Matching.Api.Grpc;

/// <summary>Turns "search engine away" into gRPC Unavailable with a retry hint, for every call.</summary>
public sealed class SearchUnavailableInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (SearchUnavailableException e)
        {
            throw GrpcErrors.Unavailable($"{e.Message} Try again in {Math.Ceiling(e.RetryAfter.TotalSeconds)} s.", e.RetryAfter);
        }
    }
}
