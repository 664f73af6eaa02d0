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

    /// <summary>Deserialises the body; a malformed body becomes a field error naming the JSON path, not an exception.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentType is null || !request.ContentType.Contains("json", StringComparison.OrdinalIgnoreCase))
            return (null, Problem("body", "must be JSON (Content-Type: application/json)."));
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, DomainJson.Options, cancellationToken);
            return value is null ? (null, Problem("body", "is empty.")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return (null, Problem(field, "has the wrong type or is not valid JSON."));
        }
    }
}
