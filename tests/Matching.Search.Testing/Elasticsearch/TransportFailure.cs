namespace Matching.Search.Testing.Elasticsearch;

/// <summary>How <see cref="ElasticsearchTestTransport"/> fails a request instead of answering it.</summary>
public abstract record TransportFailure
{
    /// <summary>Nothing listens: the connection is refused before any HTTP exchange, as on a stopped node.</summary>
    public static TransportFailure Refused { get; } = new NoResponse(NoResponse.Kind.Refused);

    /// <summary>The connection opens but no answer comes until the caller gives up (a hung node or network).</summary>
    public static TransportFailure NoAnswer { get; } = new NoResponse(NoResponse.Kind.NoAnswer);

    /// <summary>429: the node sheds load; its search or write thread pool queue is full.</summary>
    public static TransportFailure TooManyRequests { get; } = new ServerError(429, "es_rejected_execution_exception",
        "rejected execution of coordinating operation [shard_detail=[matching-candidates-v1][0][C], shard_coordinating_and_primary_bytes=0, shard_operation_bytes=98, shard_max_coordinating_and_primary_bytes=429496729]");

    /// <summary>503: the cluster is up but cannot serve, e.g. while it recovers its state after a restart.</summary>
    public static TransportFailure Unavailable { get; } = new ServerError(503, "cluster_block_exception",
        "blocked by: [SERVICE_UNAVAILABLE/1/state not recovered / initialized];");

    /// <summary>502 from a load balancer in front of the cluster that found no healthy node (an HTML page, not JSON).</summary>
    public static TransportFailure BadGateway { get; } = new ProxyError(502, "Bad Gateway");

    /// <summary>504 from a load balancer whose upstream did not answer in time.</summary>
    public static TransportFailure GatewayTimeout { get; } = new ProxyError(504, "Gateway Time-out");

    /// <summary>An Elasticsearch error answer with the body <c>{"error": ErrorCause, "status": status}</c>.</summary>
    public sealed record ServerError(int Status, string Type, string Reason) : TransportFailure;

    /// <summary>A non-Elasticsearch HTTP error with an HTML body, as nginx or a cloud load balancer sends it.</summary>
    public sealed record ProxyError(int Status, string Title) : TransportFailure;

    public sealed record NoResponse(NoResponse.Kind What) : TransportFailure
    {
        public enum Kind { Refused, NoAnswer }
    }
}
