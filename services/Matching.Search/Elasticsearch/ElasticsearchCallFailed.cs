using Elastic.Transport.Products.Elasticsearch;

namespace Matching.Search.Elasticsearch;

/// <summary>Builds the exception for a call the server refused or that never reached it, with the server's reason.</summary>
internal static class ElasticsearchCallFailed
{
    public static InvalidOperationException For(string what, ElasticsearchResponse response)
    {
        var reason = response.ElasticsearchServerError?.Error is { } error
            ? $"{error.Type}: {error.Reason}"
            : response.ApiCallDetails?.OriginalException?.Message ?? "no response";
        return new InvalidOperationException(
            $"Elasticsearch could not {what} (HTTP {response.ApiCallDetails?.HttpStatusCode?.ToString() ?? "-"}): {reason}",
            response.ApiCallDetails?.OriginalException);
    }
}
