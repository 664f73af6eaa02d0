namespace Matching.Search.Resilience;

/// <summary>The search engine cannot answer now (down, timing out, or the circuit is open). Callers may retry after <see cref="RetryAfter"/>.</summary>
public sealed class SearchUnavailableException(string message, TimeSpan retryAfter, Exception? inner = null) : Exception(message, inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
