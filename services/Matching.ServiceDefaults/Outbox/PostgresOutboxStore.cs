using System.Collections.Concurrent;
using System.Text.Json;
using Dapper;
using Matching.ServiceDefaults.Ownership;
using Matching.ServiceDefaults.Storage;
using Npgsql;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// The outbox and the reference registry in the shared PostgreSQL database. Every replica queues into the same
/// tables; one replica at a time drains each stage and target: it holds a session advisory lock for it on a
/// connection of its own, which PostgreSQL releases when that replica dies, so another takes over and nothing
/// queued is lost or applied out of order.
/// </summary>
public sealed class PostgresOutboxStore(PostgresDatabase database) : IOutboxStore, IAsyncDisposable, IDisposable
{
    private readonly ConcurrentDictionary<string, NpgsqlConnection> _drains = new();
    private readonly SemaphoreSlim _drainLock = new(1, 1);

    private Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(typeof(PostgresOutboxStore), cancellationToken);

    public async Task<AppendResult> AppendAsync(IndexTarget target,
        WriteOperation operation, string documentsJson, Func<IReadOnlySet<string>, IReadOnlyList<PendingEvent>> events,
        IReadOnlyCollection<ReferenceClaim> claims, string? status, DateTimeOffset now, Action<long> beforeCommit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var lost = new List<ReferenceClaim>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (await ClaimAsync(connection, transaction, claim, now, cancellationToken)) claimed.Add(claim.Reference);
            if (await OwnerAsync(connection, transaction, claim.Kind, claim.Reference, cancellationToken) != claim.Owner) lost.Add(claim);
        }
        if (lost.Count > 0) return new AppendResult(0, lost, claimed);
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        var stale = new List<StaleClaim>();
        foreach (var claim in claims)
        {
            // Compare and add in one statement: a concurrent write of the same reference waits for this row's lock and
            // then sees the version this one made, so of two writes that read the same version only the first holds.
            var version = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                UPDATE reference_owners SET status = @status, version = version + 1
                WHERE kind = @kind AND reference = @reference AND (@expected::bigint IS NULL OR version = @expected) RETURNING version
                """, new { status, kind = claim.Kind.ToString(), reference = claim.Reference, expected = claim.ExpectedVersion }, transaction,
                cancellationToken: cancellationToken));
            if (version is { } v) versions[claim.Reference] = v;
            else stale.Add(new StaleClaim(claim, await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT version FROM reference_owners WHERE kind = @kind AND reference = @reference",
                new { kind = claim.Kind.ToString(), reference = claim.Reference }, transaction, cancellationToken: cancellationToken))));
        }
        if (stale.Count > 0) return new AppendResult(0, [], claimed) { Stale = stale };
        var sequence = await InsertAsync(connection, transaction, target, operation, documentsJson, events(claimed),
            claims.Select(c => c.Reference).Distinct().ToList(), now, cancellationToken);
        beforeCommit(sequence);
        await transaction.CommitAsync(cancellationToken);
        return new AppendResult(sequence, lost, claimed) { Versions = versions };
    }

    public async Task<IReadOnlyList<PendingEvent>> QueueEventsAsync(IReadOnlyList<PendingEvent> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var fresh = new List<PendingEvent>();
        foreach (var e in events)
        {
            var id = e.MessageId ?? Guid.NewGuid();
            // Waits for another replica's uncommitted insert of the same id, then skips it: the event goes out once.
            if (await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO queued_messages (message_id, queued_at) VALUES (@id, @now) ON CONFLICT (message_id) DO NOTHING",
                    new { id, now = now.ToUniversalTime() }, transaction, cancellationToken: cancellationToken)) == 1)
                fresh.Add(e with { MessageId = id });
        }
        if (fresh.Count > 0) await InsertAsync(connection, transaction, IndexTarget.Events, WriteOperation.Upsert, "[]", fresh, [], now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fresh;
    }

    public async Task<IReadOnlyList<PendingWrite>> ReadAsync(WriteStage stage, IndexTarget? target, int limit, CancellationToken cancellationToken)
    {
        if (!await HoldsDrainAsync($"{stage}/{target?.ToString() ?? "all"}", cancellationToken)) return [];
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PendingRow>(new CommandDefinition("""
            SELECT sequence, id, target, operation, documents, events::text AS events, keys::text AS keys, stage, attempts, published,
                not_before AS NotBefore, last_error AS LastError
            FROM pending_writes WHERE stage = @stage AND (@target::text IS NULL OR target = @target) ORDER BY sequence LIMIT @limit
            """, new { stage = stage.ToString(), target = target?.ToString(), limit }, cancellationToken: cancellationToken));
        return rows.Select(r => new PendingWrite(r.Sequence, r.Id, Enum.Parse<IndexTarget>(r.Target), Enum.Parse<WriteOperation>(r.Operation), r.Documents,
            JsonSerializer.Deserialize<PendingEvent[]>(r.Events)!, JsonSerializer.Deserialize<string[]>(r.Keys)!, Enum.Parse<WriteStage>(r.Stage), r.Attempts,
            r.Published, r.NotBefore is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null, r.LastError)).ToList();
    }

    public Task MoveToPublishAsync(long sequence, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE pending_writes SET stage = 'Publish', attempts = 0, not_before = NULL, last_error = NULL WHERE sequence = @sequence",
            new { sequence }, cancellationToken);

    public Task MarkPublishedAsync(long sequence, int published, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE pending_writes SET published = @published WHERE sequence = @sequence", new { sequence, published }, cancellationToken);

    public Task RescheduleAsync(long sequence, int attempts, DateTimeOffset notBefore, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE pending_writes SET attempts = @attempts, not_before = @notBefore, last_error = @error WHERE sequence = @sequence",
            new { sequence, attempts, notBefore = notBefore.ToUniversalTime(), error }, cancellationToken);

    public Task ParkAsync(long sequence, int attempts, string error, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            WITH moved AS (DELETE FROM pending_writes WHERE sequence = @sequence RETURNING *)
            INSERT INTO parked_writes (sequence, id, target, operation, documents, events, keys, stage, attempts, published, last_error, accepted_at, parked_at)
            SELECT sequence, id, target, operation, documents, events, keys, stage, @attempts, published, @error, accepted_at, @now FROM moved
            """, new { sequence, attempts, error, now = now.ToUniversalTime() }, cancellationToken);

    public async Task<IReadOnlyList<ParkedWrite>> ParkedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Sequence, string Target, string Operation, string Keys, int Attempts, string? LastError, DateTime ParkedAt)>(
            new CommandDefinition("SELECT sequence, target, operation, keys::text, attempts, last_error, parked_at FROM parked_writes ORDER BY sequence",
                cancellationToken: cancellationToken));
        return rows.Select(r => new ParkedWrite(r.Sequence, Enum.Parse<IndexTarget>(r.Target), Enum.Parse<WriteOperation>(r.Operation),
            JsonSerializer.Deserialize<string[]>(r.Keys)!, r.Attempts, r.LastError, new DateTimeOffset(r.ParkedAt, TimeSpan.Zero))).ToList();
    }

    public async Task<bool> ReplayAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            WITH moved AS (DELETE FROM parked_writes WHERE sequence = @sequence RETURNING *)
            INSERT INTO pending_writes (sequence, id, target, operation, documents, events, keys, stage, attempts, published, accepted_at)
            SELECT sequence, id, target, operation, documents, events, keys, stage, 0, published, accepted_at FROM moved
            """, new { sequence }, cancellationToken: cancellationToken)) > 0;
    }

    public Task RemoveAsync(long sequence, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM pending_writes WHERE sequence = @sequence", new { sequence }, cancellationToken);

    public async Task<bool> ContainsAsync(long sequence, CancellationToken cancellationToken) =>
        await ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pending_writes WHERE sequence = @sequence)", new { sequence }, cancellationToken);

    public Task<long> CountAsync(CancellationToken cancellationToken) => ScalarAsync<long>("SELECT COUNT(*) FROM pending_writes", null, cancellationToken);

    public Task<long> ParkedCountAsync(CancellationToken cancellationToken) => ScalarAsync<long>("SELECT COUNT(*) FROM parked_writes", null, cancellationToken);

    public async Task<int> PurgeDeliveredMessagesAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            DELETE FROM queued_messages q WHERE q.queued_at < @cutoff
              AND NOT EXISTS (SELECT 1 FROM pending_writes w WHERE strpos(w.events::text, q.message_id::text) > 0)
              AND NOT EXISTS (SELECT 1 FROM parked_writes p WHERE strpos(p.events::text, q.message_id::text) > 0)
            """, new { cutoff = cutoff.ToUniversalTime() }, cancellationToken: cancellationToken));
    }

    public Task<long> QueuedMessageCountAsync(CancellationToken cancellationToken) => ScalarAsync<long>("SELECT COUNT(*) FROM queued_messages", null, cancellationToken);

    public async Task<DateTimeOffset?> OldestPendingAsync(CancellationToken cancellationToken) =>
        await ScalarAsync<DateTime?>("SELECT MIN(accepted_at) FROM pending_writes", null, cancellationToken) is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null;

    public async Task<string?> OwnerOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await OwnerAsync(connection, null, kind, reference, cancellationToken);
    }

    public Task<string?> StatusOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken) =>
        ScalarAsync<string?>("SELECT status FROM reference_owners WHERE kind = @kind AND reference = @reference",
            new { kind = kind.ToString(), reference }, cancellationToken);

    public async Task<ReferenceVersion?> VersionOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<VersionRow>(new CommandDefinition("""
            SELECT version AS Current,
                (SELECT COUNT(*) FROM pending_writes p WHERE p.stage = 'Index' AND p.target = @target AND p.keys @> jsonb_build_array(@reference::text))
              + (SELECT COUNT(*) FROM parked_writes p WHERE p.stage = 'Index' AND p.target = @target AND p.keys @> jsonb_build_array(@reference::text))
                AS Waiting
            FROM reference_owners WHERE kind = @kind AND reference = @reference
            """, new { kind = kind.ToString(), reference, target = kind.Target().ToString() }, cancellationToken: cancellationToken));
        return row is null ? null : new ReferenceVersion(row.Current, (int)row.Waiting);
    }

    public async Task<string> AdoptAsync(ReferenceClaim claim, string? status, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO reference_owners (kind, reference, owner, claimed_at, status) VALUES (@kind, @reference, @owner, @now, @status)
            ON CONFLICT (kind, reference) DO NOTHING
            """, new { kind = claim.Kind.ToString(), reference = claim.Reference, owner = claim.Owner, now = now.ToUniversalTime(), status },
            cancellationToken: cancellationToken));
        return (await OwnerAsync(connection, null, claim.Kind, claim.Reference, cancellationToken))!;
    }

    /// <summary>
    /// True while this process drains <paramref name="key"/>: it holds the advisory lock, or just took it. The lock's
    /// connection is outside the pool, so closing it (or the process dying) ends the session and frees the lock.
    /// </summary>
    private async Task<bool> HoldsDrainAsync(string key, CancellationToken cancellationToken)
    {
        await _drainLock.WaitAsync(cancellationToken);
        try
        {
            if (_drains.TryGetValue(key, out var held))
            {
                try
                {
                    await held.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
                    return true;
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
                {
                    // The connection broke (database restart): PostgreSQL dropped the lock with it; take it again below.
                    _drains.TryRemove(key, out _);
                    await held.DisposeAsync();
                }
            }
            database.EnsureSchema(typeof(PostgresOutboxStore).Assembly);
            if (await database.TryLockAsync("outbox-drain", key, cancellationToken) is not { } connection) return false;
            _drains[key] = connection;
            return true;
        }
        finally
        {
            _drainLock.Release();
        }
    }

    private static async Task<bool> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ReferenceClaim claim, DateTimeOffset now,
        CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO reference_owners (kind, reference, owner, claimed_at) VALUES (@kind, @reference, @owner, @now)
            ON CONFLICT (kind, reference) DO NOTHING
            """, new { kind = claim.Kind.ToString(), reference = claim.Reference, owner = claim.Owner, now = now.ToUniversalTime() }, transaction,
            cancellationToken: cancellationToken)) == 1;

    private static Task<string?> OwnerAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, ReferenceKind kind, string reference,
        CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT owner FROM reference_owners WHERE kind = @kind AND reference = @reference", new { kind = kind.ToString(), reference }, transaction,
            cancellationToken: cancellationToken));

    private static Task<long> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IndexTarget target, WriteOperation operation,
        string documentsJson, IReadOnlyList<PendingEvent> events, IReadOnlyList<string> keys, DateTimeOffset now, CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO pending_writes (id, target, operation, documents, events, keys, stage, accepted_at)
            VALUES (@id, @target, @operation, @documents, @events::jsonb, @keys::jsonb, @stage, @now) RETURNING sequence
            """, new
            {
                id = Guid.NewGuid(), target = target.ToString(), operation = operation.ToString(), documents = documentsJson,
                events = JsonSerializer.Serialize(events), keys = JsonSerializer.Serialize(keys),
                stage = (target == IndexTarget.Events ? WriteStage.Publish : WriteStage.Index).ToString(), now = now.ToUniversalTime(),
            }, transaction, cancellationToken: cancellationToken));

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private async Task<T> ScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)))!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _drains.Values) await connection.DisposeAsync();
        _drains.Clear();
    }

    public void Dispose()
    {
        foreach (var connection in _drains.Values) connection.Dispose();
        _drains.Clear();
    }

    private sealed record VersionRow(long Current, long Waiting);

    private sealed record PendingRow(long Sequence, Guid Id, string Target, string Operation, string Documents, string Events, string Keys, string Stage,
        int Attempts, int Published, DateTime? NotBefore, string? LastError);
}
