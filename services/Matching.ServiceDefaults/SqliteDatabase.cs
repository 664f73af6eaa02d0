using Microsoft.Data.Sqlite;

namespace Matching.ServiceDefaults;

/// <summary>
/// One SQLite file with full synchronous writes (an acknowledged write survives a crash) and WAL: the durable
/// stores of the services (outbox, ledger, audit log, outcomes) all open their file through it.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path, string schema)
    {
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
        using var pragma = Command(connection, "PRAGMA synchronous = FULL;");
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
