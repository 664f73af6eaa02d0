using System.Text.Json;
using Matching.Domain;
using Matching.Domain.Validation;
using Microsoft.AspNetCore.Http;

namespace Matching.ServiceDefaults;

/// <summary>Reads JSON bodies and answers bad input with a 400 problem that names each field.</summary>
public static class HttpValidation
{
    public static IResult Problem(IReadOnlyList<FieldError> errors) =>
        Results.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: "The request has invalid fields.");

    public static IResult Problem(string field, string message) => Problem([new FieldError(field, message)]);

    /// <summary>403 naming what the caller may not do: a municipality writes only its own candidates and vacancies.</summary>
    public static IResult Forbidden(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed for this client.", detail: detail);

    /// <summary>
    /// 409 for references another party owns: the write stored nothing. It names the fields, never the owner, so a
    /// client cannot learn who holds a reference.
    /// </summary>
    public static IResult NotAvailable(IReadOnlyList<string> fields) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Reference not available to this client.",
            detail: $"These references are registered by another party; nothing was stored: {string.Join(", ", fields.Take(20))}.");

    /// <summary>413 naming the limit: the body was not read further and nothing was stored.</summary>
    public static IResult TooLarge(long maxBytes) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
            detail: $"The body is larger than {maxBytes / 1024 / 1024} MB; split it. Nothing was stored.");

    /// <summary>
    /// Reads the whole body into memory, at most <paramref name="maxBytes"/>: a larger body (announced by
    /// Content-Length or found while reading a chunked one) answers 413 without being read to its end.
    /// </summary>
    public static async Task<(MemoryStream? Body, IResult? Error)> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        // Let the server refuse the rest too (Kestrel counts chunked bodies against this), where it still can.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = maxBytes;
        var body = new MemoryStream();
        var buffer = new byte[81_920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes) return (null, TooLarge(maxBytes));
                body.Write(buffer, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        body.Position = 0;
        return (body, null);
    }

    /// <summary>Deserialises the body; a malformed body becomes a field error naming the JSON path, not an exception.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken, Stream? body = null)
        where T : class
    {
        if (request.ContentType is null || !request.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase))
            return (null, Problem("body", "must be JSON (Content-Type: application/json)."));
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(body ?? request.Body, DomainJson.Options, cancellationToken);
            return value is null ? (null, Problem("body", "is empty.")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (null, Problem(field, "has the wrong type or is not valid JSON."));
        }
    }
}
