using Elastic.Transport.Products.Elasticsearch;
using Matching.Search.Resilience;

namespace Matching.Search.Elasticsearch;

/// <summary>
/// A call the server refused, or that never reached it, with the HTTP status it answered (none when there was no
/// response: a refused connection, a reset, a client-side timeout). The status decides whether retrying can help.
/// </summary>
public sealed class ElasticsearchCallException(string message, int? httpStatus, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The server's (or a proxy's) HTTP status; null when no response came back.</summary>
    public int? HttpStatus { get; } = httpStatus;

    /// <summary>True when the engine was unreachable or busy (see <see cref="SearchPipelines.IsTransientStatus"/>).</summary>
    public bool IsTransient => SearchPipelines.IsTransientStatus(HttpStatus);

    public static ElasticsearchCallException For(string what, ElasticsearchResponse response)
    {
        var details = response.ApiCallDetails;
        var status = details?.HttpStatusCode is int code && code > 0 ? code : (int?)null;
        var reason = response.ElasticsearchServerError?.Error is { } error
            ? $"{error.Type}: {error.Reason}"
            : details?.OriginalException?.Message ?? "no response";
        return new ElasticsearchCallException(
            $"Elasticsearch could not {what} (HTTP {status?.ToString() ?? "-"}): {reason}", status, details?.OriginalException);
    }
}
