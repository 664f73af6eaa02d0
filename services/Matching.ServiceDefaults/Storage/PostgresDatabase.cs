using System.Collections.Concurrent;
using System.Reflection;
using DbUp;
using DbUp.Engine.Output;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Matching.ServiceDefaults.Storage;

/// <summary>
/// The PostgreSQL database every replica shares (ConnectionStrings:Matching). Each project that stores state there
/// carries its schema as numbered SQL scripts embedded under <c>Storage/PostgreSql/</c>; DbUp applies the new ones
/// once (journal table <c>schemaversions</c>), under an advisory lock so replicas starting together migrate once.
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string ConnectionStringName = "Matching";

    /// <summary>Key of the session advisory lock held while migrating ("matching" in ASCII).</summary>
    private const long MigrationLock = 0x6d61746368696e67;

    private readonly ConcurrentDictionary<Assembly, Lazy<bool>> _migrated = new();

    public PostgresDatabase(IConfiguration configuration)
        : this(configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"Storage:Provider is PostgreSQL but ConnectionStrings:{ConnectionStringName} is empty (e.g. ConnectionStrings__Matching=Host=...;Database=...;Username=...;Password=...)."))
    { }

    public PostgresDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string ConnectionString { get; }

    /// <summary>
    /// For the command-line tools: the connection the services would use when started from this environment
    /// (Storage__Provider=PostgreSQL with ConnectionStrings__Matching), or null when they would use their SQLite files.
    /// </summary>
    public static string? ConnectionStringFromEnvironment() =>
        string.Equals(Environment.GetEnvironmentVariable("Storage__Provider"), "PostgreSQL", StringComparison.OrdinalIgnoreCase)
            ? Environment.GetEnvironmentVariable("ConnectionStrings__" + ConnectionStringName)
            : null;

    public NpgsqlDataSource DataSource { get; }

    /// <summary>An open connection; the schema of <paramref name="owner"/>'s assembly is migrated first (once per process).</summary>
    public async Task<NpgsqlConnection> OpenAsync(Type owner, CancellationToken cancellationToken)
    {
        EnsureSchema(owner.Assembly);
        return await DataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>
    /// Takes the session advisory lock on (<paramref name="space"/>, <paramref name="key"/>) on a connection of its own,
    /// outside the pool, and returns that connection: closing it, or the process dying, ends the session and frees the
    /// lock. Null while another session holds it.
    /// </summary>
    public async Task<NpgsqlConnection?> TryLockAsync(string space, string key, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtext(@space), hashtext(@key))", connection);
            command.Parameters.AddWithValue("space", space);
            command.Parameters.AddWithValue("key", key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true) return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Applies the assembly's PostgreSQL scripts that the database has not seen yet.</summary>
    public void EnsureSchema(Assembly assembly)
    {
        var migration = _migrated.GetOrAdd(assembly, a => new Lazy<bool>(() => Migrate(a)));
        try
        {
            _ = migration.Value;
        }
        catch
        {
            // The database was away or refused: the next use tries again instead of failing for the process's life.
            _migrated.TryRemove(KeyValuePair.Create(assembly, migration));
            throw;
        }
    }

    private bool Migrate(Assembly assembly)
    {
        using var connection = DataSource.OpenConnection();
        using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLock})", connection)) lockCommand.ExecuteNonQuery();
        try
        {
            var result = DeployChanges.To.PostgresqlDatabase(ConnectionString)
                .WithScriptsEmbeddedInAssembly(assembly, name => name.Contains(".Storage.PostgreSql.", StringComparison.Ordinal))
                .WithTransactionPerScript()
                .LogTo(new NoOpUpgradeLog())
                .Build()
                .PerformUpgrade();
            if (!result.Successful)
                throw new InvalidOperationException($"Migrating the PostgreSQL schema of {assembly.GetName().Name} failed at {result.ErrorScript?.Name}.", result.Error);
        }
        finally
        {
            using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLock})", connection);
            unlock.ExecuteNonQuery();
        }
        return true;
    }

    public void Dispose() => DataSource.Dispose();
}
