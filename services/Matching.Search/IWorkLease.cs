namespace Matching.Search;

/// <summary>
/// Lets one process of a deployment do background work every replica would otherwise repeat, such as building the
/// candidate documents of an older vocabulary again. Work under a lease must still be safe when done twice: a lease
/// that cannot be checked is granted, and a process that dies frees its lease.
/// </summary>
public interface IWorkLease
{
    /// <summary>Holds the lease on <paramref name="work"/> until the result is disposed; null while another process holds it.</summary>
    Task<IAsyncDisposable?> TryTakeAsync(string work, CancellationToken cancellationToken);
}

/// <summary>Grants every lease: for a process that is alone on its data (SQLite storage), and for tests.</summary>
public sealed class OneProcessWorkLease : IWorkLease
{
    public static readonly OneProcessWorkLease Instance = new();

    private OneProcessWorkLease() { }

    public Task<IAsyncDisposable?> TryTakeAsync(string work, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>(Granted.Instance);

    private sealed class Granted : IAsyncDisposable
    {
        public static readonly Granted Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
