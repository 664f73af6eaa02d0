using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;

namespace Matching.ServiceDefaults.Security;

/// <summary>
/// One bucket's limit per minute for the whole deployment: a request is admitted while the count every replica has
/// added for this minute (as last read) plus what this replica admitted since stays within the limit. Admitting never
/// waits on the database: what this replica admitted is added to the shared count in the background, one addition at
/// a time, and each answer brings the other replicas' requests in. So replicas may together admit a few requests more
/// than the limit (those admitted elsewhere since the last answer), never a replica's multiple. When the count cannot be
/// reached, this replica limits on what it has counted itself, and tries again with its next request.
/// </summary>
public sealed class SharedMinuteLimiter(string bucket, int perMinute, IRateLimitCounter counter, TimeProvider clock, ILogger logger) : RateLimiter
{
    private readonly object _gate = new();
    private DateTimeOffset _minute;
    private long _counted;
    private int _unsent;
    private bool _sending;
    private long _lastUsed = clock.GetTimestamp();

    public override TimeSpan? IdleDuration
    {
        get { lock (_gate) return _sending || _unsent > 0 ? null : clock.GetElapsedTime(_lastUsed); }
    }

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        var now = clock.GetUtcNow();
        var minute = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, now.Offset);
        lock (_gate)
        {
            _lastUsed = clock.GetTimestamp();
            if (minute != _minute) (_minute, _counted, _unsent) = (minute, 0, 0);
            if (_counted + _unsent + permitCount > perMinute) return new Lease(false, minute.AddMinutes(1) - now);
            if (permitCount == 0) return new Lease(true, null);
            _unsent += permitCount;
            if (!_sending)
            {
                _sending = true;
                _ = Task.Run(SendAsync);
            }
        }
        return new Lease(true, null);
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        new(AttemptAcquireCore(permitCount));

    /// <summary>Adds what was admitted here to the shared count until nothing is left to add, reading the total each time.</summary>
    private async Task SendAsync()
    {
        while (true)
        {
            DateTimeOffset minute;
            int sending;
            lock (_gate)
            {
                if (_unsent == 0) { _sending = false; return; }
                (minute, sending) = (_minute, _unsent);
            }
            long total;
            try
            {
                total = await counter.AddAsync(bucket, minute, sending, CancellationToken.None);
            }
            catch (Exception e)
            {
                // The bucket's key may name a remote address or a person: it is not logged.
                logger.LogWarning("The shared rate-limit count could not be updated ({Error}); this replica limits on its own count until it can.", e.GetType().Name);
                lock (_gate) _sending = false;
                return;
            }
            lock (_gate)
            {
                if (_minute != minute) continue;
                _unsent -= sending;
                _counted = Math.Max(_counted, total);
            }
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name ? wait : null;
            return metadata is not null;
        }
    }
}
