using Microsoft.Data.Sqlite;

namespace Matching.ServiceDefaults;

/// <summary>
/// One SQLite file with full synchronous writes (an acknowledged write survives a crash) and WAL: the durable
/// stores of the services (outbox, ledger, audit log, outcomes) all open their file through it; the ranking log, kept
/// for learning, gives up the sync per commit (see the constructor). A writer that finds
/// the file locked by another waits inside SQLite (its busy handler sleeps a millisecond or a few at a time, up to
/// <see cref="BusyTimeoutMilliseconds"/>) rather than in Microsoft.Data.Sqlite's own retry loop, which sleeps 150 ms
/// per attempt: with concurrent rankings each writing the audit log, that sleep was the p99.
/// </summary>
public sealed class SqliteDatabase
{
    /// <summary>How long a statement waits for another connection's write lock before failing with SQLITE_BUSY.</summary>
    public const int BusyTimeoutMilliseconds = 30_000;

    private readonly string _connectionString;
    private readonly string _pragmas;

    /// <param name="survivesPowerLoss">
    /// True (the default): each commit is synced to disk before it returns (<c>synchronous = FULL</c>). False for a log
    /// whose last commits may be lost when the machine (not the process) stops: in WAL mode a commit then survives a
    /// killed process and the file stays consistent, without a sync per commit (<c>synchronous = NORMAL</c>).
    /// </param>
    public SqliteDatabase(string path, string schema, bool survivesPowerLoss = true)
    {
        _pragmas = $"PRAGMA synchronous = {(survivesPowerLoss ? "FULL" : "NORMAL")}; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
        path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = Open();
        using var command = Command(connection, "PRAGMA journal_mode = WAL;\n" + schema);
        command.ExecuteNonQuery();
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = Command(connection, _pragmas);
        pragma.ExecuteNonQuery();
        return connection;
    }

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
