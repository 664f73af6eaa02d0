using Matching.Search;
using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Matching.ServiceDefaults;

/// <summary>
/// One process owns a data folder: at start this takes an exclusive lock (a lock file opened with FileShare.None,
/// an flock on Linux, released by the OS when the process dies) beside the outbox and beside each embedded index this
/// process writes, and holds it for the process's life. A second process on the same files refuses to start, before
/// it touches anything, with a message naming the folder. Indexes opened read-only (Search:ReadOnlyIndexes) take
/// no lock, so readers keep working beside the owner.
/// </summary>
public sealed class DataFolderLock : IHostedService, IDisposable
{
    private readonly List<FileStream> _held = [];

    /// <summary>
    /// Takes the locks when constructed: hosted services are constructed in registration order, this one first, before
    /// any other resolves an index or the outbox.
    /// </summary>
    public DataFolderLock(IConfiguration configuration, ILogger<DataFolderLock> logger)
    {
        try
        {
            foreach (var (path, what) in OwnedFiles(configuration))
                _held.Add(Acquire(path, what));
        }
        catch
        {
            Dispose();
            throw;
        }
        logger.LogInformation("This process owns {Files}", string.Join(", ", _held.Select(h => h.Name)));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var held in _held) held.Dispose();
        _held.Clear();
    }

    /// <summary>The lock files of what this process writes: its outbox (a SQLite file) and its writable embedded indexes.</summary>
    private static IEnumerable<(string Path, string What)> OwnedFiles(IConfiguration configuration)
    {
        // On PostgreSQL the outbox is shared by replicas (each stage drained under an advisory lock): no file to own.
        if ((configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions()).Provider != StorageProvider.PostgreSQL)
        {
            var outbox = configuration.GetSection(OutboxOptions.Section).Get<OutboxOptions>() ?? new OutboxOptions();
            yield return (Path.GetFullPath(outbox.Path) + ".lock", "the write outbox " + Path.GetFullPath(outbox.Path));
        }
        var search = configuration.GetSection(SearchOptions.Section).Get<SearchOptions>() ?? new SearchOptions();
        if (search.Backend != "Lucene") yield break;
        foreach (var index in new[] { "candidates", "vacancies" }.Where(i => !search.IsReadOnly(i)))
        {
            var folder = Path.Combine(Path.GetFullPath(search.DataDirectory), index);
            yield return (folder + ".lock", $"the {index} index in {folder}");
        }
    }

    /// <summary>How long a lock held by another owner is waited for: a previous owner still exiting (a restart) lets go in time.</summary>
    private static readonly TimeSpan WaitForPreviousOwner = TimeSpan.FromSeconds(5);

    private static FileStream Acquire(string path, string what)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return TryAcquire(path, what);
            }
            catch (DataFolderInUseException) when (waited.Elapsed < WaitForPreviousOwner)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static FileStream TryAcquire(string path, string what)
    {
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            var owner = System.Text.Encoding.UTF8.GetBytes($"pid {Environment.ProcessId} since {DateTimeOffset.UtcNow:O}\n");
            stream.Write(owner);
            stream.Flush();
            return stream;
        }
        catch (IOException e)
        {
            throw new DataFolderInUseException(
                $"Another process already owns {what} (lock file {path}). One process owns a data folder: stop the other process, " +
                "or give this one its own folder (Search:DataDirectory, Outbox:Path), or open the indexes it only reads with Search:ReadOnlyIndexes.", e);
        }
    }
}

/// <summary>The data folder is owned by another running process; this one must not start.</summary>
public sealed class DataFolderInUseException(string message, Exception inner) : Exception(message, inner);
