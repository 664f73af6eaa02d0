using System.Text.Json;
using Matching.ServiceDefaults.Ownership;
using Microsoft.Data.Sqlite;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>The outbox and the reference registry in one SQLite file (<see cref="OutboxDatabase"/>), for one process.</summary>
public sealed class SqliteOutboxStore(OutboxDatabase database) : IOutboxStore
{
    public async Task<AppendResult> AppendAsync(IndexTarget target,
        WriteOperation operation, string documentsJson, Func<IReadOnlySet<string>, IReadOnlyList<PendingEvent>> events,
        IReadOnlyCollection<ReferenceClaim> claims, string? status, DateTimeOffset now, Action<long> beforeCommit, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        var (lost, claimed) = await ClaimAsync(connection, transaction, claims, now, cancellationToken);
        if (lost.Count > 0) return new AppendResult(0, lost, claimed);
        var (versions, stale) = await RecordWriteAsync(connection, transaction, claims, status, cancellationToken);
        if (stale.Count > 0) return new AppendResult(0, [], claimed) { Stale = stale };
        var sequence = await InsertAsync(connection, transaction, target, operation, documentsJson, events(claimed),
            claims.Select(c => c.Reference).Distinct().ToList(), now, cancellationToken);
        beforeCommit(sequence);
        await transaction.CommitAsync(cancellationToken);
        return new AppendResult(sequence, lost, claimed) { Versions = versions };
    }

    public async Task<IReadOnlyList<PendingEvent>> QueueEventsAsync(IReadOnlyList<PendingEvent> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        var fresh = new List<PendingEvent>();
        foreach (var e in events)
        {
            var id = e.MessageId ?? Guid.NewGuid();
            await using var insert = SqliteDatabase.Command(connection, "INSERT OR IGNORE INTO queued_messages (message_id, queued_at) VALUES ($id, $at)",
                ("$id", id.ToString()), ("$at", now.ToString("O")));
            insert.Transaction = transaction;
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1) fresh.Add(e with { MessageId = id });
        }
        if (fresh.Count > 0) await InsertAsync(connection, transaction, IndexTarget.Events, WriteOperation.Upsert, "[]", fresh, [], now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fresh;
    }

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

    public Task MoveToPublishAsync(long sequence, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE pending_writes SET stage = 'Publish', attempts = 0, not_before = NULL, last_error = NULL WHERE sequence = $s",
            cancellationToken, ("$s", sequence));

    public Task MarkPublishedAsync(long sequence, int published, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE pending_writes SET published = $p WHERE sequence = $s", cancellationToken, ("$p", published), ("$s", sequence));

    public Task RescheduleAsync(long sequence, int attempts, DateTimeOffset notBefore, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE pending_writes SET attempts = $a, not_before = $n, last_error = $e WHERE sequence = $s", cancellationToken,
            ("$a", attempts), ("$n", notBefore.ToString("O")), ("$e", error), ("$s", sequence));

    public async Task ParkAsync(long sequence, int attempts, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        await using (var move = SqliteDatabase.Command(connection,
            "INSERT INTO parked_writes (sequence, id, target, operation, documents, events, keys, stage, attempts, published, last_error, accepted_at, parked_at) " +
            "SELECT sequence, id, target, operation, documents, events, keys, stage, $a, published, $e, accepted_at, $at FROM pending_writes WHERE sequence = $s; " +
            "DELETE FROM pending_writes WHERE sequence = $s;",
            ("$a", attempts), ("$e", error), ("$at", now.ToString("O")), ("$s", sequence)))
        {
            move.Transaction = transaction;
            await move.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

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
        return moved > 0;
    }

    public Task RemoveAsync(long sequence, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM pending_writes WHERE sequence = $s", cancellationToken, ("$s", sequence));

    public async Task<bool> ContainsAsync(long sequence, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT COUNT(*) FROM pending_writes WHERE sequence = $s", cancellationToken, ("$s", sequence)) > 0;

    public Task<long> CountAsync(CancellationToken cancellationToken) => ScalarAsync("SELECT COUNT(*) FROM pending_writes", cancellationToken);

    public Task<long> ParkedCountAsync(CancellationToken cancellationToken) => ScalarAsync("SELECT COUNT(*) FROM parked_writes", cancellationToken);

    public async Task<int> PurgeDeliveredMessagesAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection, """
            DELETE FROM queued_messages WHERE queued_at < $cutoff
              AND NOT EXISTS (SELECT 1 FROM pending_writes WHERE instr(pending_writes.events, queued_messages.message_id) > 0)
              AND NOT EXISTS (SELECT 1 FROM parked_writes WHERE instr(parked_writes.events, queued_messages.message_id) > 0)
            """, ("$cutoff", cutoff.ToUniversalTime().ToString("O")));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<long> QueuedMessageCountAsync(CancellationToken cancellationToken) => ScalarAsync("SELECT COUNT(*) FROM queued_messages", cancellationToken);

    public async Task<DateTimeOffset?> OldestPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection, "SELECT MIN(accepted_at) FROM pending_writes");
        return await command.ExecuteScalarAsync(cancellationToken) is string at ? DateTimeOffset.Parse(at) : null;
    }

    public async Task<string?> OwnerOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        return await StoredOwnerAsync(connection, null, kind, reference, cancellationToken);
    }

    public async Task<string?> StatusOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var select = SqliteDatabase.Command(connection,
            "SELECT status FROM reference_owners WHERE kind = $kind AND reference = $reference", ("$kind", kind.ToString()), ("$reference", reference));
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<ReferenceVersion?> VersionOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var select = SqliteDatabase.Command(connection, """
            SELECT version,
                (SELECT COUNT(*) FROM pending_writes p WHERE p.stage = 'Index' AND p.target = $target
                    AND EXISTS (SELECT 1 FROM json_each(p.keys) WHERE json_each.value = $reference))
              + (SELECT COUNT(*) FROM parked_writes p WHERE p.stage = 'Index' AND p.target = $target
                    AND EXISTS (SELECT 1 FROM json_each(p.keys) WHERE json_each.value = $reference))
            FROM reference_owners WHERE kind = $kind AND reference = $reference
            """, ("$kind", kind.ToString()), ("$reference", reference), ("$target", kind.Target().ToString()));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new ReferenceVersion(reader.GetInt64(0), reader.GetInt32(1)) : null;
    }

    public async Task<string> AdoptAsync(ReferenceClaim claim, string? status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        var (_, claimed) = await ClaimAsync(connection, transaction, [claim], now, cancellationToken);
        if (claimed.Count > 0) await SetStatusAsync(connection, transaction, [claim], status, cancellationToken);
        var stored = await StoredOwnerAsync(connection, transaction, claim.Kind, claim.Reference, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored!;
    }

    /// <summary>
    /// One more version for every claimed reference, and its status, in the write's transaction; a claim whose reference
    /// is no longer at its expected version is stale (the caller then stores nothing).
    /// </summary>
    private static async Task<(Dictionary<string, long> Versions, List<StaleClaim> Stale)> RecordWriteAsync(SqliteConnection connection,
        SqliteTransaction transaction, IReadOnlyCollection<ReferenceClaim> claims, string? status, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        var stale = new List<StaleClaim>();
        foreach (var claim in claims)
        {
            await using var update = SqliteDatabase.Command(connection, """
                UPDATE reference_owners SET status = $status, version = version + 1
                WHERE kind = $kind AND reference = $reference AND ($expected IS NULL OR version = $expected) RETURNING version
                """, ("$status", status), ("$kind", claim.Kind.ToString()), ("$reference", claim.Reference), ("$expected", claim.ExpectedVersion));
            update.Transaction = transaction;
            if (await update.ExecuteScalarAsync(cancellationToken) is { } version) versions[claim.Reference] = Convert.ToInt64(version);
            else stale.Add(new StaleClaim(claim, await StoredVersionAsync(connection, transaction, claim, cancellationToken)));
        }
        return (versions, stale);
    }

    private static async Task<long> StoredVersionAsync(SqliteConnection connection, SqliteTransaction transaction, ReferenceClaim claim,
        CancellationToken cancellationToken)
    {
        await using var select = SqliteDatabase.Command(connection, "SELECT version FROM reference_owners WHERE kind = $kind AND reference = $reference",
            ("$kind", claim.Kind.ToString()), ("$reference", claim.Reference));
        select.Transaction = transaction;
        return Convert.ToInt64(await select.ExecuteScalarAsync(cancellationToken));
    }

    private static async Task SetStatusAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<ReferenceClaim> claims,
        string? status, CancellationToken cancellationToken)
    {
        foreach (var claim in claims)
        {
            await using var update = SqliteDatabase.Command(connection,
                "UPDATE reference_owners SET status = $status WHERE kind = $kind AND reference = $reference",
                ("$status", status), ("$kind", claim.Kind.ToString()), ("$reference", claim.Reference));
            update.Transaction = transaction;
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<(IReadOnlyList<ReferenceClaim> Lost, IReadOnlySet<string> Claimed)> ClaimAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<ReferenceClaim> claims, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lost = new List<ReferenceClaim>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            await using (var insert = SqliteDatabase.Command(connection,
                "INSERT OR IGNORE INTO reference_owners (kind, reference, owner, claimed_at) VALUES ($kind, $reference, $owner, $at)",
                ("$kind", claim.Kind.ToString()), ("$reference", claim.Reference), ("$owner", claim.Owner), ("$at", now.ToString("O"))))
            {
                insert.Transaction = transaction;
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1) claimed.Add(claim.Reference);
            }
            if (await StoredOwnerAsync(connection, transaction, claim.Kind, claim.Reference, cancellationToken) != claim.Owner) lost.Add(claim);
        }
        return (lost, claimed);
    }

    private static async Task<string?> StoredOwnerAsync(SqliteConnection connection, SqliteTransaction? transaction, ReferenceKind kind, string reference,
        CancellationToken cancellationToken)
    {
        await using var select = SqliteDatabase.Command(connection,
            "SELECT owner FROM reference_owners WHERE kind = $kind AND reference = $reference", ("$kind", kind.ToString()), ("$reference", reference));
        select.Transaction = transaction;
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static async Task<long> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, IndexTarget target, WriteOperation operation,
        string documentsJson, IReadOnlyList<PendingEvent> events, IReadOnlyList<string> keys, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = SqliteDatabase.Command(connection,
            "INSERT INTO pending_writes (id, target, operation, documents, events, keys, stage, accepted_at) " +
            "VALUES ($id, $target, $operation, $documents, $events, $keys, $stage, $at) RETURNING sequence",
            ("$id", Guid.NewGuid().ToString()), ("$target", target.ToString()), ("$operation", operation.ToString()), ("$documents", documentsJson),
            ("$events", JsonSerializer.Serialize(events)), ("$keys", JsonSerializer.Serialize(keys)),
            ("$stage", (target == IndexTarget.Events ? WriteStage.Publish : WriteStage.Index).ToString()), ("$at", now.ToString("O")));
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
