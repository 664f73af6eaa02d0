namespace Matching.ServiceDefaults.Security;

/// <summary>Requests counted per rate-limit bucket and minute by every replica together.</summary>
public interface IRateLimitCounter
{
    /// <summary>
    /// Adds <paramref name="requests"/> to the count of <paramref name="bucket"/> in the minute starting at
    /// <paramref name="minute"/>, and returns that count as it stands after the addition (all replicas' requests).
    /// </summary>
    Task<long> AddAsync(string bucket, DateTimeOffset minute, int requests, CancellationToken cancellationToken);
}
