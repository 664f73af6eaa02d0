using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// Durable, ordered store of accepted writes (SQLite, WAL). A write is appended before the API acknowledges it and
/// removed only after it is indexed and its events are published, so an acknowledged write is never lost: it is
/// either in the index or still here. Writes are applied strictly in order, one drainer at a time per process.
/// </summary>
public sealed class WriteOutbox
{
    private readonly string _connectionString;

    public WriteOutbox(IOptions<OutboxOptions> options)
    {
        var path = System.IO.Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS pending_writes (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL,
                target TEXT NOT NULL,
                documents TEXT NOT NULL,
                events TEXT NOT NULL);
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Serialises draining: the order of writes is the order they are applied.</summary>
    public SemaphoreSlim DrainLock { get; } = new(1, 1);

    public async Task<long> AppendAsync(IndexTarget target, string documentsJson, IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO pending_writes (id, target, documents, events) VALUES ($id, $target, $documents, $events) RETURNING sequence";
        command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("$target", target.ToString());
        command.Parameters.AddWithValue("$documents", documentsJson);
        command.Parameters.AddWithValue("$events", JsonSerializer.Serialize(events));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<PendingWrite>> ReadAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, id, target, documents, events FROM pending_writes ORDER BY sequence LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        var rows = new List<PendingWrite>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new PendingWrite(reader.GetInt64(0), Guid.Parse(reader.GetString(1)), Enum.Parse<IndexTarget>(reader.GetString(2)),
                reader.GetString(3), JsonSerializer.Deserialize<PendingEvent[]>(reader.GetString(4))!));
        return rows;
    }

    public async Task<bool> ContainsAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pending_writes WHERE sequence = $sequence";
        command.Parameters.AddWithValue("$sequence", sequence);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) > 0;
    }

    public async Task RemoveAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM pending_writes WHERE sequence = $sequence";
        command.Parameters.AddWithValue("$sequence", sequence);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pending_writes";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }
}
