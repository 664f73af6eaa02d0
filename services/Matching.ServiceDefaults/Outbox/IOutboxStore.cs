using Matching.ServiceDefaults.Ownership;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// Where the write outbox and the reference registry live, together, so that claiming a reference and queueing its
/// first write are one transaction: SQLite (one file per service) or the shared PostgreSQL database (replicas).
/// <see cref="WriteOutbox"/> adds what is local to a process on top (waiting for a write, waking the drainers).
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Claims the references and queues the write in one transaction; when any claim loses (another party owns the
    /// reference) or is stale (the reference moved past its <see cref="ReferenceClaim.ExpectedVersion"/>) nothing is
    /// stored and those claims are returned. Every claimed reference's version goes up by one and
    /// <paramref name="status"/> is recorded for it (null clears it). The write's events are made knowing which
    /// references it claimed first. <paramref name="beforeCommit"/> gets the write's sequence before it becomes visible to a drainer.
    /// </summary>
    Task<AppendResult> AppendAsync(IndexTarget target, WriteOperation operation,
        string documentsJson, Func<IReadOnlySet<string>, IReadOnlyList<PendingEvent>> events, IReadOnlyCollection<ReferenceClaim> claims, string? status,
        DateTimeOffset now, Action<long> beforeCommit, CancellationToken cancellationToken);

    /// <summary>Queues events whose message id was never queued before (given ids are stable; missing ones are made); returns those queued.</summary>
    Task<IReadOnlyList<PendingEvent>> QueueEventsAsync(IReadOnlyList<PendingEvent> events, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Writes of one target waiting at a stage, oldest first. With replicas, only the one that drains that stage and
    /// target gets rows (the others get none until it stops), so the writes of one reference stay in order.
    /// </summary>
    Task<IReadOnlyList<PendingWrite>> ReadAsync(WriteStage stage, IndexTarget? target, int limit, CancellationToken cancellationToken);

    Task MoveToPublishAsync(long sequence, CancellationToken cancellationToken);

    Task MarkPublishedAsync(long sequence, int published, CancellationToken cancellationToken);

    Task RescheduleAsync(long sequence, int attempts, DateTimeOffset notBefore, string error, CancellationToken cancellationToken);

    Task ParkAsync(long sequence, int attempts, string error, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<ParkedWrite>> ParkedAsync(CancellationToken cancellationToken);

    Task<bool> ReplayAsync(long sequence, CancellationToken cancellationToken);

    Task RemoveAsync(long sequence, CancellationToken cancellationToken);

    Task<bool> ContainsAsync(long sequence, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);

    Task<long> ParkedCountAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the ids of events queued before <paramref name="cutoff"/> that no waiting or parked write holds; returns how many.</summary>
    Task<int> PurgeDeliveredMessagesAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    Task<long> QueuedMessageCountAsync(CancellationToken cancellationToken);

    Task<DateTimeOffset?> OldestPendingAsync(CancellationToken cancellationToken);

    /// <summary>The registered owner of the reference, or null.</summary>
    Task<string?> OwnerOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken);

    /// <summary>The status last queued for the reference (e.g. "Withdrawn"), or null while active or unknown.</summary>
    Task<string?> StatusOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken);

    /// <summary>The reference's version and how many of its writes are not indexed yet; null when the registry does not know it.</summary>
    Task<ReferenceVersion?> VersionOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken);

    /// <summary>Registers an owner found in the index unless one is registered already; returns the registered owner.</summary>
    Task<string> AdoptAsync(ReferenceClaim claim, string? status, DateTimeOffset now, CancellationToken cancellationToken);
}
