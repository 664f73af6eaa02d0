using System.Threading.RateLimiting;
using Matching.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Security;

/// <summary>
/// The deployment-wide half of the rate limits: with Storage:Provider=PostgreSQL (replicas) each bucket's requests per
/// minute are counted by all replicas together (<see cref="SharedMinuteLimiter"/>), beside each replica's own token
/// bucket that smooths bursts. On SQLite there is one replica, and its token bucket is the whole limit.
/// </summary>
public sealed class SharedRateLimits(IOptions<StorageOptions> storage, IServiceProvider services, TimeProvider clock, ILogger<SharedMinuteLimiter> logger)
{
    private readonly Lazy<IRateLimitCounter?> _counter = new(() => storage.Value.Provider == StorageProvider.PostgreSQL
        ? ActivatorUtilities.CreateInstance<PostgresRateLimitCounter>(services)
        : null);

    public RateLimitPartition<string> PartitionFor(string bucket, int perMinute) => _counter.Value is { } counter
        ? RateLimitPartition.Get(bucket, key => new SharedMinuteLimiter(key, perMinute, counter, clock, logger))
        : RateLimitPartition.GetNoLimiter("");
}
