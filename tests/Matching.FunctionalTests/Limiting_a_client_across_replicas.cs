using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Matching.ServiceDefaults.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Matching.FunctionalTests;

/// <summary>
/// A client's requests per minute hold for the deployment: two replicas admitting for one bucket count together, so the
/// client gets its limit once, not once per replica; a new minute starts afresh; and a replica that cannot reach the
/// shared count still limits on its own.
/// </summary>
public sealed class Limiting_a_client_across_replicas
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 5, 9, 30, 10, TimeSpan.Zero));
    private readonly CountsInMemory _shared = new();

    [Fact]
    public async Task Two_replicas_admit_the_clients_limit_once_between_them()
    {
        using var first = Replica(_shared);
        using var second = Replica(_shared);

        var admitted = 0;
        for (var i = 0; i < 20; i++)
        {
            if (first.AttemptAcquire().IsAcquired) admitted++;
            await _shared.SettledAsync();
            if (second.AttemptAcquire().IsAcquired) admitted++;
            await _shared.SettledAsync();
        }

        // Each replica learns the other's requests when its own addition is answered: one request may pass on that lag,
        // never the second replica's whole limit (24 without the shared count).
        Assert.InRange(admitted, 12, 13);
        Assert.Equal(admitted, _shared.Count("client:ommen"));
        var refused = second.AttemptAcquire();
        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(50), wait);
    }

    [Fact]
    public async Task A_new_minute_starts_afresh()
    {
        using var replica = Replica(_shared);
        for (var i = 0; i < 12; i++) Assert.True(replica.AttemptAcquire().IsAcquired);
        await _shared.SettledAsync();
        Assert.False(replica.AttemptAcquire().IsAcquired);

        _clock.Advance(TimeSpan.FromSeconds(50));

        Assert.True(replica.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public async Task A_replica_that_cannot_reach_the_shared_count_limits_on_its_own()
    {
        var unreachable = new CountsInMemory { Failing = true };
        using var replica = Replica(unreachable);

        var admitted = 0;
        for (var i = 0; i < 20; i++)
        {
            if (replica.AttemptAcquire().IsAcquired) admitted++;
            await unreachable.SettledAsync();
        }

        Assert.Equal(12, admitted);
    }

    private SharedMinuteLimiter Replica(CountsInMemory counts) =>
        new("client:ommen", perMinute: 12, counts, _clock, NullLogger.Instance);

    /// <summary>The replicas' shared count kept in memory for the test (the product keeps it in PostgreSQL).</summary>
    private sealed class CountsInMemory : IRateLimitCounter
    {
        private readonly ConcurrentDictionary<(string, DateTimeOffset), long> _counts = new();
        private int _pending;

        public bool Failing { get; init; }

        public long Count(string bucket) => _counts.Where(c => c.Key.Item1 == bucket).Sum(c => c.Value);

        public async Task<long> AddAsync(string bucket, DateTimeOffset minute, int requests, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _pending);
            try
            {
                await Task.Yield();
                if (Failing) throw new TimeoutException("the database does not answer");
                return _counts.AddOrUpdate((bucket, minute), requests, (_, count) => count + requests);
            }
            finally { Interlocked.Decrement(ref _pending); }
        }

        /// <summary>Waits until the replicas' background additions have been answered.</summary>
        public async Task SettledAsync()
        {
            for (var i = 0; i < 200; i++)
            {
                await Task.Delay(5);
                if (Volatile.Read(ref _pending) == 0) { await Task.Delay(5); if (Volatile.Read(ref _pending) == 0) return; }
            }
        }
    }
}
