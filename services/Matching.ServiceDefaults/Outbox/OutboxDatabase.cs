using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// The one SQLite file behind the durable write path: the queue of accepted writes, the writes parked after their
/// attempts, the message ids already queued (so a re-published event goes out once), and the registry of who owns
/// each reference, so that claiming a new reference and queueing its first write are one transaction.
/// </summary>
public sealed class OutboxDatabase
{
    private static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("pending_writes", "operation", "TEXT NOT NULL DEFAULT 'Upsert'"),
        ("pending_writes", "keys", "TEXT NOT NULL DEFAULT '[]'"),
        ("pending_writes", "stage", "TEXT NOT NULL DEFAULT 'Index'"),
        ("pending_writes", "attempts", "INTEGER NOT NULL DEFAULT 0"),
        ("pending_writes", "published", "INTEGER NOT NULL DEFAULT 0"),
        ("pending_writes", "not_before", "TEXT"),
        ("pending_writes", "last_error", "TEXT"),
        ("pending_writes", "accepted_at", "TEXT"),
        ("reference_owners", "status", "TEXT"),
        ("reference_owners", "version", "INTEGER NOT NULL DEFAULT 0"),
    ];

    private readonly SqliteDatabase _db;

    public OutboxDatabase(IOptions<OutboxOptions> options) : this(options.Value.Path) { }

    public OutboxDatabase(string path)
    {
        _db = new SqliteDatabase(path, """
            CREATE TABLE IF NOT EXISTS pending_writes (
                sequence INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL,
                target TEXT NOT NULL,
                documents TEXT NOT NULL,
                events TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS parked_writes (
                sequence INTEGER PRIMARY KEY,
                id TEXT NOT NULL,
                target TEXT NOT NULL,
                operation TEXT NOT NULL,
                documents TEXT NOT NULL,
                events TEXT NOT NULL,
                keys TEXT NOT NULL,
                stage TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                published INTEGER NOT NULL,
                last_error TEXT,
                accepted_at TEXT,
                parked_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS queued_messages (
                message_id TEXT PRIMARY KEY,
                queued_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS reference_owners (
                kind TEXT NOT NULL,
                reference TEXT NOT NULL,
                owner TEXT NOT NULL,
                claimed_at TEXT NOT NULL,
                PRIMARY KEY (kind, reference));
            """);
        using var connection = Open();
        foreach (var (table, column, definition) in AddedColumns)
        {
            using var info = SqliteDatabase.Command(connection, $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = $column", ("$column", column));
            if (Convert.ToInt64(info.ExecuteScalar()) > 0) continue;
            using var alter = SqliteDatabase.Command(connection, $"ALTER TABLE {table} ADD COLUMN {column} {definition}");
            alter.ExecuteNonQuery();
        }
        using var index = SqliteDatabase.Command(connection, "CREATE INDEX IF NOT EXISTS pending_by_stage ON pending_writes (stage, target, sequence)");
        index.ExecuteNonQuery();
    }

    public SqliteConnection Open() => _db.Open();
}
