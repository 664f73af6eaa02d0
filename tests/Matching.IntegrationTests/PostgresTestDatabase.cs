using Npgsql;

namespace Matching.IntegrationTests;

/// <summary>
/// A database of its own on the PostgreSQL server in MATCHING_TEST_POSTGRES (make test starts a private one,
/// scripts/postgres-node.sh), dropped afterwards; the calling test is skipped when the variable is unset.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = "replicas_" + Guid.NewGuid().ToString("N");

    private PostgresTestDatabase(string server) => _server = server;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    public static async Task<PostgresTestDatabase> CreateOrSkipAsync()
    {
        var server = Environment.GetEnvironmentVariable("MATCHING_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(server),
            "PostgreSQL not available: set MATCHING_TEST_POSTGRES to a connection string (make test starts a private server, scripts/postgres-node.sh)");
        var database = new PostgresTestDatabase(server!);
        await database.ExecuteAsync(server!, $"CREATE DATABASE {database._name}");
        return database;
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>
    /// Holds <paramref name="table"/> in SHARE mode until disposed: others read it, but their inserts wait (and their
    /// connections show wait_event_type 'Lock' in pg_stat_activity).
    /// </summary>
    public async Task<IAsyncDisposable> LockTableAsync(string table)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand($"LOCK TABLE {table} IN SHARE MODE", connection, transaction))
            await command.ExecuteNonQueryAsync();
        return new TableLock(connection, transaction);
    }

    private sealed class TableLock(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.CommitAsync();
            await connection.DisposeAsync();
        }
    }

    public async Task<IReadOnlyList<(string Key, long Count)>> CountsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync()) rows.Add((reader.GetString(0), reader.GetInt64(1)));
        return rows;
    }

    private async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}
