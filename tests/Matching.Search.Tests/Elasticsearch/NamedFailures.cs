using Matching.Search.Testing.Elasticsearch;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>Failures of <see cref="ElasticsearchTestTransport"/> by name, for theory data, with the status each answers.</summary>
public static class NamedFailures
{
    /// <summary>Name, the HTTP status the caller sees (none for a refused connection), and whether retrying may help.</summary>
    public static TheoryData<string, int?, bool> WithStatus => new()
    {
        { nameof(TransportFailure.Refused), null, true },
        { nameof(TransportFailure.TooManyRequests), 429, true },
        { nameof(TransportFailure.BadGateway), 502, true },
        { nameof(TransportFailure.Unavailable), 503, true },
        { nameof(TransportFailure.GatewayTimeout), 504, true },
        { "BadRequest", 400, false },
        { "Forbidden", 403, false },
        { "InternalError", 500, false },
    };

    public static TransportFailure Get(string name) => name switch
    {
        nameof(TransportFailure.Refused) => TransportFailure.Refused,
        nameof(TransportFailure.NoAnswer) => TransportFailure.NoAnswer,
        nameof(TransportFailure.TooManyRequests) => TransportFailure.TooManyRequests,
        nameof(TransportFailure.BadGateway) => TransportFailure.BadGateway,
        nameof(TransportFailure.Unavailable) => TransportFailure.Unavailable,
        nameof(TransportFailure.GatewayTimeout) => TransportFailure.GatewayTimeout,
        "BadRequest" => new TransportFailure.ServerError(400, "x_content_parse_exception", "[1:10] [bool] failed to parse field [filter]"),
        "Forbidden" => new TransportFailure.ServerError(403, "security_exception", "action [indices:data/read/search] is unauthorized for API key id [k1]"),
        "InternalError" => new TransportFailure.ServerError(500, "null_pointer_exception", "Cannot invoke \"Object.toString()\""),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
