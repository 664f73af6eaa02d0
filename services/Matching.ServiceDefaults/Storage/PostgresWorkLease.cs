using Dapper;
using Matching.Search;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Matching.ServiceDefaults.Storage;

/// <summary>
/// Leases on the shared PostgreSQL database: a session advisory lock per work, held on a connection of its own
/// outside the pool, so disposing the lease, or the process dying, ends the session and frees it. A database that
/// cannot be reached grants the lease: the work is safe twice, only slower.
/// </summary>
public sealed class PostgresWorkLease(PostgresDatabase database, ILogger<PostgresWorkLease> logger) : IWorkLease
{
    public async Task<IAsyncDisposable?> TryTakeAsync(string work, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var taken = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT pg_try_advisory_lock(hashtext('work-lease'), hashtext(@work))", new { work }, cancellationToken: cancellationToken));
            if (taken) return connection;
            await connection.DisposeAsync();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync();
            logger.LogWarning("The lease on {Work} could not be checked ({Error}): this replica does the work, which is safe twice",
                work, e.GetType().Name);
            return new Unchecked();
        }
    }

    private sealed class Unchecked : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
