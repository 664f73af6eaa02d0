using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// The one SQLite file behind the durable write path: the queue of accepted writes and the registry of who owns each
/// reference, so that claiming a new reference and queueing its first write are one transaction.
/// </summary>
public sealed class OutboxDatabase(IOptions<OutboxOptions> options)
{
    private readonly SqliteDatabase _db = new(options.Value.Path, """
        CREATE TABLE IF NOT EXISTS pending_writes (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL,
            target TEXT NOT NULL,
            documents TEXT NOT NULL,
            events TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS reference_owners (
            kind TEXT NOT NULL,
            reference TEXT NOT NULL,
            owner TEXT NOT NULL,
            claimed_at TEXT NOT NULL,
            PRIMARY KEY (kind, reference));
        """);

    public SqliteConnection Open() => _db.Open();
}
