using System.Collections.Concurrent;
using System.Text.Json;
using Matching.ServiceDefaults.Ownership;
using Microsoft.Data.Sqlite;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// Durable store of accepted writes (SQLite, WAL). A write is appended before the API acknowledges it and removed
/// only after it is indexed and its events are published, so an acknowledged write is never lost: it is in the
/// index, still here, or parked here after its attempts for an operator to replay.
/// </summary>
public sealed class WriteOutbox(OutboxDatabase database, TimeProvider clock)
{
    private readonly ConcurrentDictionary<long, (IndexTarget Target, TaskCompletionSource<bool> Indexed)> _waiters = new();
    private readonly ConcurrentDictionary<IndexTarget, SemaphoreSlim> _wake = new();

    /// <summary>
    /// Queues a write and claims its references in one transaction: either every claim holds and the write is stored,
    /// or <see cref="OwnershipConflictException"/> is thrown and nothing is. The write's events are made knowing which
    /// references it claimed first (a registration rather than an update). <paramref name="status"/>, when given, is
    /// recorded in the registry for every claimed reference in the same transaction (null clears it).
    /// </summary>
    public async Task<(long Sequence, IReadOnlySet<string> Claimed)> AppendAsync(IndexTarget target, WriteOperation operation, string documentsJson,
        Func<IReadOnlySet<string>, IReadOnlyList<PendingEvent>> events, IReadOnlyCollection<ReferenceClaim> claims, string? status,
        CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        var (lost, claimed) = await ReferenceRegistry.ClaimAsync(connection, transaction, claims, clock.GetUtcNow(), cancellationToken);
        if (lost.Count > 0) throw new OwnershipConflictException(lost);
        await ReferenceRegistry.SetStatusAsync(connection, transaction, claims, status, cancellationToken);
        var sequence = await InsertAsync(connection, transaction, target, operation, documentsJson, events(claimed),
            claims.Select(c => c.Reference).Distinct().ToList(), cancellationToken);
        _waiters[sequence] = (target, waiter);
        await transaction.CommitAsync(cancellationToken);
        Wake(target);
        return (sequence, claimed);
    }

    /// <summary>
    /// Queues events to publish in the background (no documents). An event whose message id was queued before is
    /// left out, so a result published again (a redelivered consumer, a repeated request) goes out once.
    /// </summary>
    public async Task<int> QueueEventsAsync(IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        var fresh = new List<PendingEvent>();
        foreach (var e in events)
        {
            var id = e.MessageId ?? Guid.NewGuid();
            await using var insert = SqliteDatabase.Command(connection, "INSERT OR IGNORE INTO queued_messages (message_id, queued_at) VALUES ($id, $at)",
                ("$id", id.ToString()), ("$at", clock.GetUtcNow().ToString("O")));
            insert.Transaction = transaction;
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1) fresh.Add(e with { MessageId = id });
        }
        if (fresh.Count > 0) await InsertAsync(connection, transaction, IndexTarget.Events, WriteOperation.Upsert, "[]", fresh, [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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
    public async Task<IReadOnlyList<PendingWrite>> ReadAsync(WriteStage stage, IndexTarget? target, int limit, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection,
            "SELECT sequence, id, target, operation, documents, events, keys, stage, attempts, published, not_before, last_error FROM pending_writes " +
            "WHERE stage = $stage AND ($target IS NULL OR target = $target) ORDER BY sequence LIMIT $limit",
            ("$stage", stage.ToString()), ("$target", target?.ToString()), ("$limit", limit));
        var rows = new List<PendingWrite>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new PendingWrite(reader.GetInt64(0), Guid.Parse(reader.GetString(1)), Enum.Parse<IndexTarget>(reader.GetString(2)),
                Enum.Parse<WriteOperation>(reader.GetString(3)), reader.GetString(4), JsonSerializer.Deserialize<PendingEvent[]>(reader.GetString(5))!,
                JsonSerializer.Deserialize<string[]>(reader.GetString(6))!, Enum.Parse<WriteStage>(reader.GetString(7)), reader.GetInt32(8), reader.GetInt32(9),
                reader.IsDBNull(10) ? null : DateTimeOffset.Parse(reader.GetString(10)), reader.IsDBNull(11) ? null : reader.GetString(11)));
        return rows;
    }

    /// <summary>The write's documents are indexed: on to publishing (or done, when it has no events left).</summary>
    public async Task MarkIndexedAsync(PendingWrite write, bool publish, CancellationToken cancellationToken)
    {
        if (publish && write.Published < write.Events.Count)
            await ExecuteAsync("UPDATE pending_writes SET stage = 'Publish', attempts = 0, not_before = NULL, last_error = NULL WHERE sequence = $s",
                cancellationToken, ("$s", write.Sequence));
        else
            await RemoveAsync(write.Sequence, cancellationToken);
        Complete(write.Sequence, true);
        if (publish) Wake(IndexTarget.Events);
    }

    public Task MarkPublishedAsync(long sequence, int published, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE pending_writes SET published = $p WHERE sequence = $s", cancellationToken, ("$p", published), ("$s", sequence));

    /// <summary>A failed attempt: try again after <paramref name="notBefore"/>.</summary>
    public Task RescheduleAsync(long sequence, int attempts, DateTimeOffset notBefore, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE pending_writes SET attempts = $a, not_before = $n, last_error = $e WHERE sequence = $s", cancellationToken,
            ("$a", attempts), ("$n", notBefore.ToString("O")), ("$e", error), ("$s", sequence));

    /// <summary>Moves a write that used up its attempts to the parked writes (the dead letters), with its last error.</summary>
    public async Task ParkAsync(long sequence, int attempts, string error, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        await using (var move = SqliteDatabase.Command(connection,
            "INSERT INTO parked_writes (sequence, id, target, operation, documents, events, keys, stage, attempts, published, last_error, accepted_at, parked_at) " +
            "SELECT sequence, id, target, operation, documents, events, keys, stage, $a, published, $e, accepted_at, $at FROM pending_writes WHERE sequence = $s; " +
            "DELETE FROM pending_writes WHERE sequence = $s;",
            ("$a", attempts), ("$e", error), ("$at", clock.GetUtcNow().ToString("O")), ("$s", sequence)))
        {
            move.Transaction = transaction;
            await move.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        Complete(sequence, false);
    }

    /// <summary>The parked writes, oldest first: references, attempts and the last error; never the documents.</summary>
    public async Task<IReadOnlyList<ParkedWrite>> ParkedAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection,
            "SELECT sequence, target, operation, keys, attempts, last_error, parked_at FROM parked_writes ORDER BY sequence");
        var rows = new List<ParkedWrite>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new ParkedWrite(reader.GetInt64(0), Enum.Parse<IndexTarget>(reader.GetString(1)), Enum.Parse<WriteOperation>(reader.GetString(2)),
                JsonSerializer.Deserialize<string[]>(reader.GetString(3))!, reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                DateTimeOffset.Parse(reader.GetString(6))));
        return rows;
    }

    /// <summary>Puts a parked write back in the queue under its old sequence (so it keeps its place) with fresh attempts. False when no such parked write.</summary>
    public async Task<bool> ReplayAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        await using var move = SqliteDatabase.Command(connection,
            "INSERT INTO pending_writes (sequence, id, target, operation, documents, events, keys, stage, attempts, published, accepted_at) " +
            "SELECT sequence, id, target, operation, documents, events, keys, stage, 0, published, accepted_at FROM parked_writes WHERE sequence = $s; " +
            "DELETE FROM parked_writes WHERE sequence = $s;", ("$s", sequence));
        move.Transaction = transaction;
        var moved = await move.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var target in Enum.GetValues<IndexTarget>()) Wake(target);
        return moved > 0;
    }

    public async Task RemoveAsync(long sequence, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM pending_writes WHERE sequence = $s", cancellationToken, ("$s", sequence));

    public async Task<bool> ContainsAsync(long sequence, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT COUNT(*) FROM pending_writes WHERE sequence = $s", cancellationToken, ("$s", sequence)) > 0;

    public Task<long> CountAsync(CancellationToken cancellationToken) => ScalarAsync("SELECT COUNT(*) FROM pending_writes", cancellationToken);

    /// <summary>
    /// Forgets the message ids of events queued before <paramref name="retention"/> ago that are no longer waiting or
    /// parked (delivered): they only kept a repeat of the same event from being queued again, which after the
    /// retention (far beyond a consumer's retries) no longer happens. Returns how many were forgotten.
    /// </summary>
    public async Task<int> PurgeDeliveredMessagesAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection, """
            DELETE FROM queued_messages WHERE queued_at < $cutoff
              AND NOT EXISTS (SELECT 1 FROM pending_writes WHERE instr(pending_writes.events, queued_messages.message_id) > 0)
              AND NOT EXISTS (SELECT 1 FROM parked_writes WHERE instr(parked_writes.events, queued_messages.message_id) > 0)
            """, ("$cutoff", (clock.GetUtcNow() - retention).ToString("O")));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<long> QueuedMessageCountAsync(CancellationToken cancellationToken) => ScalarAsync("SELECT COUNT(*) FROM queued_messages", cancellationToken);

    public Task<long> ParkedCountAsync(CancellationToken cancellationToken) => ScalarAsync("SELECT COUNT(*) FROM parked_writes", cancellationToken);

    /// <summary>When the oldest pending write was accepted (null: none pending).</summary>
    public async Task<DateTimeOffset?> OldestPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection, "SELECT MIN(accepted_at) FROM pending_writes");
        return await command.ExecuteScalarAsync(cancellationToken) is string at ? DateTimeOffset.Parse(at) : null;
    }

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

    private async Task<long> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, IndexTarget target, WriteOperation operation,
        string documentsJson, IReadOnlyList<PendingEvent> events, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var command = SqliteDatabase.Command(connection,
            "INSERT INTO pending_writes (id, target, operation, documents, events, keys, stage, accepted_at) " +
            "VALUES ($id, $target, $operation, $documents, $events, $keys, $stage, $at) RETURNING sequence",
            ("$id", Guid.NewGuid().ToString()), ("$target", target.ToString()), ("$operation", operation.ToString()), ("$documents", documentsJson),
            ("$events", JsonSerializer.Serialize(events)), ("$keys", JsonSerializer.Serialize(keys)),
            ("$stage", (target == IndexTarget.Events ? WriteStage.Publish : WriteStage.Index).ToString()), ("$at", clock.GetUtcNow().ToString("O")));
        command.Transaction = transaction;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }
}
