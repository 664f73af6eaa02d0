using Matching.Search;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Matching.ServiceDefaults.Storage;

/// <summary>
/// Leases on the shared PostgreSQL database: a session advisory lock per work (<see cref="PostgresDatabase.TryLockAsync"/>),
/// so disposing the lease, or the process dying, frees it. A database that cannot be reached grants the lease: the work
/// is safe twice, only slower.
/// </summary>
public sealed class PostgresWorkLease(PostgresDatabase database, ILogger<PostgresWorkLease> logger) : IWorkLease
{
    public async Task<IAsyncDisposable?> TryTakeAsync(string work, CancellationToken cancellationToken)
    {
        try
        {
            return await database.TryLockAsync("work-lease", work, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
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
