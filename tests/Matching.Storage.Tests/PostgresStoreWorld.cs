using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Learning.Models;
using Matching.Learning.Outcomes;
using Matching.Ranking.Audit;
using Matching.Ranking.Ledger;
using Matching.ServiceDefaults.Storage;
using Matching.ServiceDefaults.Outbox;
using Matching.Weekdate;
using Npgsql;

namespace Matching.Storage.Tests;

/// <summary>
/// The PostgreSQL stores in a database of their own, created on the server in MATCHING_TEST_POSTGRES and dropped
/// afterwards. Each call opens a new <see cref="PostgresDatabase"/> (its own pool and migration check), as a
/// second replica would.
/// </summary>
public sealed class PostgresStoreWorld : StoreWorld
{
    public const string Variable = "MATCHING_TEST_POSTGRES";

    public const string UnavailableReason =
        "PostgreSQL not available: set MATCHING_TEST_POSTGRES to a connection string (make test starts a private server, scripts/postgres-node.sh)";

    private readonly string _server;
    private readonly string _name = "stores_" + Guid.NewGuid().ToString("N");
    private readonly List<PostgresDatabase> _opened = [];
    private readonly List<PostgresOutboxStore> _outboxes = [];

    private PostgresStoreWorld(string server) => _server = server;

    /// <summary>A fresh database, or a skip of the calling test when no server is configured.</summary>
    public static PostgresStoreWorld CreateOrSkip()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(server), UnavailableReason);
        var world = new PostgresStoreWorld(server!);
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE {world._name}", connection);
        create.ExecuteNonQuery();
        return world;
    }

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;

    private PostgresDatabase Database()
    {
        var database = new PostgresDatabase(ConnectionString);
        _opened.Add(database);
        return database;
    }

    public override IMatchLedger Ledger() => new PostgresMatchLedger(Database());

    public override IAuditLog Audit() => new PostgresAuditLog(Database());

    public override IOutcomeStore Outcomes() => new PostgresOutcomeStore(Database(), TimeProvider.System);

    public override IImpressionLog Impressions() => new PostgresImpressionLog(Database());

    public override IMonitoringStore Monitoring() => new PostgresMonitoringStore(Database());

    public override IWeekdateLedger Weekdate() => new PostgresWeekdateLedger(Database());

    public override IModelRegistry Models() => new PostgresModelRegistry(Database());

    public override IOutboxStore Outbox() => Track(new PostgresOutboxStore(Database()));

    /// <summary>The workbench's Data Protection key ring in this database, as one replica opens it.</summary>
    public PostgresXmlRepository KeyRing() => new(Database());

    /// <summary>The replicas' shared rate-limit counts in this database, as one replica opens them.</summary>
    public PostgresRateLimitCounter RateLimits() => new(Database());

    public PostgresWorkLease WorkLeases() => new(Database(), Microsoft.Extensions.Logging.Abstractions.NullLogger<PostgresWorkLease>.Instance);

    /// <summary>The rows of one table, as text, for tests that check what is stored.</summary>
    public async Task<IReadOnlyList<string>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) is byte[] b ? Convert.ToHexString(b) : reader.GetValue(i).ToString())));
        return rows;
    }

    /// <summary>An outbox store that holds a drain is closed first, as a replica that stops.</summary>
    private PostgresOutboxStore Track(PostgresOutboxStore store)
    {
        _outboxes.Add(store);
        return store;
    }

    public override async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var outbox in _outboxes) await outbox.DisposeAsync();
        foreach (var database in _opened) database.Dispose();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
