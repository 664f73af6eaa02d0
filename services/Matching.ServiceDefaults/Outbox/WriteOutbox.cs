using System.Text.Json;
using Matching.ServiceDefaults.Ownership;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// Durable, ordered store of accepted writes (SQLite, WAL). A write is appended before the API acknowledges it and
/// removed only after it is indexed and its events are published, so an acknowledged write is never lost: it is
/// either in the index or still here. Writes are applied strictly in order, one drainer at a time per process.
/// </summary>
public sealed class WriteOutbox(OutboxDatabase database, TimeProvider clock)
{

    /// <summary>Serialises draining: the order of writes is the order they are applied.</summary>
    public SemaphoreSlim DrainLock { get; } = new(1, 1);

    /// <summary>
    /// Queues a write and claims its references in one transaction: either every claim holds and the write is stored,
    /// or <see cref="OwnershipConflictException"/> is thrown and nothing is. The write's events are made knowing which
    /// references it claimed first (a registration rather than an update).
    /// </summary>
    public async Task<(long Sequence, IReadOnlySet<string> Claimed)> AppendAsync(IndexTarget target, string documentsJson,
        Func<IReadOnlySet<string>, IReadOnlyList<PendingEvent>> events, IReadOnlyCollection<ReferenceClaim> claims, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        var (lost, claimed) = await ReferenceRegistry.ClaimAsync(connection, transaction, claims, clock.GetUtcNow(), cancellationToken);
        if (lost.Count > 0) throw new OwnershipConflictException(lost);
        await using var command = SqliteDatabase.Command(connection,
            "INSERT INTO pending_writes (id, target, documents, events) VALUES ($id, $target, $documents, $events) RETURNING sequence",
            ("$id", Guid.NewGuid().ToString()), ("$target", target.ToString()), ("$documents", documentsJson), ("$events", JsonSerializer.Serialize(events(claimed))));
        command.Transaction = transaction;
        var sequence = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (sequence, claimed);
    }

    public async Task<IReadOnlyList<PendingWrite>> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection,
            "SELECT sequence, id, target, documents, events FROM pending_writes ORDER BY sequence LIMIT $limit", ("$limit", limit));
        var rows = new List<PendingWrite>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new PendingWrite(reader.GetInt64(0), Guid.Parse(reader.GetString(1)), Enum.Parse<IndexTarget>(reader.GetString(2)),
                reader.GetString(3), JsonSerializer.Deserialize<PendingEvent[]>(reader.GetString(4))!));
        return rows;
    }

    public async Task<bool> ContainsAsync(long sequence, CancellationToken cancellationToken) =>
        await ScalarAsync("SELECT COUNT(*) FROM pending_writes WHERE sequence = $sequence", cancellationToken, ("$sequence", sequence)) > 0;

    public async Task RemoveAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection, "DELETE FROM pending_writes WHERE sequence = $sequence", ("$sequence", sequence));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<long> CountAsync(CancellationToken cancellationToken) => ScalarAsync("SELECT COUNT(*) FROM pending_writes", cancellationToken);

    private async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = database.Open();
        await using var command = SqliteDatabase.Command(connection, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }
}
