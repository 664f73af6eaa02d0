using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Matching.ServiceDefaults;

/// <summary>
/// A body past the server's limit (Kestrel's MaxRequestBodySize, counted on chunked bodies too) answers 413 on every
/// endpoint, and other malformed requests the server refused keep their 4xx, instead of becoming a 500.
/// </summary>
public sealed class BodyTooLargeExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted) return false;
        var result = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? Results.Problem(statusCode: bad.StatusCode, title: "The request body is too large.", detail: "Nothing was stored.")
            : Results.Problem(statusCode: bad.StatusCode, title: "The request could not be read.");
        await result.ExecuteAsync(httpContext);
        return true;
    }
}
