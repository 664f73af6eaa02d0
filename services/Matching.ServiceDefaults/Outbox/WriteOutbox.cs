using System.Collections.Concurrent;
using Matching.ServiceDefaults.Ownership;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// Durable store of accepted writes. A write is appended before the API acknowledges it and removed only after it is
/// indexed and its events are published, so an acknowledged write is never lost: it is in the index, still here, or
/// parked here after its attempts for an operator to replay. The rows live in an <see cref="IOutboxStore"/> (SQLite or
/// the shared PostgreSQL database); waiting for a write and waking the drainers are this process's own.
/// </summary>
public sealed class WriteOutbox(IOutboxStore store, TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, (IndexTarget Target, TaskCompletionSource<bool> Indexed)> _waiters = new();
    private readonly ConcurrentDictionary<IndexTarget, SemaphoreSlim> _wake = new();

    /// <summary>
    /// Queues a write and claims its references in one transaction: either every claim holds and the write is stored,
    /// or <see cref="OwnershipConflictException"/> (another party owns one) or <see cref="VersionConflictException"/> (one
    /// moved past the version its writer read) is thrown and nothing is. The write's events are made knowing which
    /// references it claimed first (a registration rather than an update). <paramref name="status"/>, when given, is
    /// recorded in the registry for every claimed reference in the same transaction (null clears it). Returns the
    /// version each reference has with this write.
    /// </summary>
    public async Task<(long Sequence, IReadOnlySet<string> Claimed, IReadOnlyDictionary<string, long> Versions)> AppendAsync(IndexTarget target, WriteOperation operation, string documentsJson,
        Func<IReadOnlySet<string>, IReadOnlyList<PendingEvent>> events, IReadOnlyCollection<ReferenceClaim> claims, string? status,
        CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        long? registered = null;
        try
        {
            var appended = await store.AppendAsync(target, operation, documentsJson, events, claims, status, clock.GetUtcNow(),
                s => _waiters[(registered = s).Value] = (target, waiter), cancellationToken);
            if (appended.Lost.Count > 0) throw new OwnershipConflictException(appended.Lost);
            if (appended.Stale.Count > 0) throw new VersionConflictException(appended.Stale);
            Wake(target);
            return (appended.Sequence, appended.Claimed, appended.Versions);
        }
        catch when (registered is { } sequence)
        {
            _waiters.TryRemove(sequence, out _);
            throw;
        }
    }

    /// <summary>
    /// Queues events to publish in the background (no documents). An event whose message id was queued before is
    /// left out, so a result published again (a redelivered consumer, a repeated request, another replica) goes out once.
    /// </summary>
    public async Task<int> QueueEventsAsync(IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken)
    {
        var fresh = await store.QueueEventsAsync(events, clock.GetUtcNow(), cancellationToken);
        if (fresh.Count > 0) Wake(IndexTarget.Events);
        return fresh.Count;
    }

    /// <summary>True once the write's documents are indexed; false when it is still pending after <paramref name="timeout"/> (or was parked).</summary>
    public async Task<bool> WaitIndexedAsync(long sequence, TimeSpan timeout)
    {
        if (!_waiters.TryGetValue(sequence, out var waiter)) return false;
        try
        {
            return await waiter.Indexed.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            return false;
        }
        finally
        {
            _waiters.TryRemove(sequence, out _);
        }
    }

    /// <summary>Writes of one target waiting at a stage, oldest first.</summary>
    public Task<IReadOnlyList<PendingWrite>> ReadAsync(WriteStage stage, IndexTarget? target, int limit, CancellationToken cancellationToken) =>
        store.ReadAsync(stage, target, limit, cancellationToken);

    /// <summary>The write's documents are indexed: on to publishing (or done, when it has no events left).</summary>
    public async Task MarkIndexedAsync(PendingWrite write, bool publish, CancellationToken cancellationToken)
    {
        if (publish && write.Published < write.Events.Count)
            await store.MoveToPublishAsync(write.Sequence, cancellationToken);
        else
            await store.RemoveAsync(write.Sequence, cancellationToken);
        Complete(write.Sequence, true);
        if (publish) Wake(IndexTarget.Events);
    }

    public Task MarkPublishedAsync(long sequence, int published, CancellationToken cancellationToken) =>
        store.MarkPublishedAsync(sequence, published, cancellationToken);

    /// <summary>A failed attempt: try again after <paramref name="notBefore"/>.</summary>
    public Task RescheduleAsync(long sequence, int attempts, DateTimeOffset notBefore, string error, CancellationToken cancellationToken) =>
        store.RescheduleAsync(sequence, attempts, notBefore, error, cancellationToken);

    /// <summary>Moves a write that used up its attempts to the parked writes (the dead letters), with its last error.</summary>
    public async Task ParkAsync(long sequence, int attempts, string error, CancellationToken cancellationToken)
    {
        await store.ParkAsync(sequence, attempts, error, clock.GetUtcNow(), cancellationToken);
        Complete(sequence, false);
    }

    /// <summary>The parked writes, oldest first: references, attempts and the last error; never the documents.</summary>
    public Task<IReadOnlyList<ParkedWrite>> ParkedAsync(CancellationToken cancellationToken) => store.ParkedAsync(cancellationToken);

    /// <summary>Puts a parked write back in the queue under its old sequence (so it keeps its place) with fresh attempts. False when no such parked write.</summary>
    public async Task<bool> ReplayAsync(long sequence, CancellationToken cancellationToken)
    {
        var moved = await store.ReplayAsync(sequence, cancellationToken);
        foreach (var target in Enum.GetValues<IndexTarget>()) Wake(target);
        return moved;
    }

    public Task RemoveAsync(long sequence, CancellationToken cancellationToken) => store.RemoveAsync(sequence, cancellationToken);

    public Task<bool> ContainsAsync(long sequence, CancellationToken cancellationToken) => store.ContainsAsync(sequence, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) => store.CountAsync(cancellationToken);

    /// <summary>
    /// Forgets the message ids of events queued before <paramref name="retention"/> ago that are no longer waiting or
    /// parked (delivered): they only kept a repeat of the same event from being queued again, which after the
    /// retention (far beyond a consumer's retries) no longer happens. Returns how many were forgotten.
    /// </summary>
    public Task<int> PurgeDeliveredMessagesAsync(TimeSpan retention, CancellationToken cancellationToken) =>
        store.PurgeDeliveredMessagesAsync(clock.GetUtcNow() - retention, cancellationToken);

    public Task<long> QueuedMessageCountAsync(CancellationToken cancellationToken) => store.QueuedMessageCountAsync(cancellationToken);

    public Task<long> ParkedCountAsync(CancellationToken cancellationToken) => store.ParkedCountAsync(cancellationToken);

    /// <summary>When the oldest pending write was accepted (null: none pending).</summary>
    public Task<DateTimeOffset?> OldestPendingAsync(CancellationToken cancellationToken) => store.OldestPendingAsync(cancellationToken);

    /// <summary>Wakes the drainer of <paramref name="target"/> (new work, or a replay).</summary>
    public void Wake(IndexTarget target)
    {
        var signal = Signal(target);
        if (signal.CurrentCount == 0) signal.Release();
    }

    /// <summary>Waits until woken or <paramref name="interval"/> has passed.</summary>
    public async Task WaitForWorkAsync(IndexTarget target, TimeSpan interval, CancellationToken cancellationToken) =>
        await Signal(target).WaitAsync(interval, cancellationToken);

    private SemaphoreSlim Signal(IndexTarget target) => _wake.GetOrAdd(target, _ => new SemaphoreSlim(0, 1));

    private void Complete(long sequence, bool indexed)
    {
        if (_waiters.TryGetValue(sequence, out var waiter)) waiter.Indexed.TrySetResult(indexed);
    }

    /// <summary>The engine of <paramref name="target"/> was found away: requests waiting for their write to be indexed answer now (202).</summary>
    public void ReleaseWaiters(IndexTarget target)
    {
        foreach (var (_, waiter) in _waiters.Where(w => w.Value.Target == target)) waiter.Indexed.TrySetResult(false);
    }
}
