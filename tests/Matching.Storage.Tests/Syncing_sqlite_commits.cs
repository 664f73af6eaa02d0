using Matching.ServiceDefaults;

namespace Matching.Storage.Tests;

/// <summary>
/// The durable stores sync every commit to disk; only a store that says it may lose its last commits when the machine
/// stops (the ranking log) leaves the sync to SQLite's checkpoints.
/// </summary>
public sealed class Syncing_sqlite_commits : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "matching-sync-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(true, 2)] // FULL
    [InlineData(false, 1)] // NORMAL
    public void Should_open_every_connection_with_the_sync_level_the_store_asked_for(bool survivesPowerLoss, long level)
    {
        var db = new SqliteDatabase(Path.Combine(_folder, "store.db"), "CREATE TABLE IF NOT EXISTS t (x INTEGER);", survivesPowerLoss);

        using var connection = db.Open();
        using var synchronous = SqliteDatabase.Command(connection, "PRAGMA synchronous;");
        using var journal = SqliteDatabase.Command(connection, "PRAGMA journal_mode;");

        Assert.Equal(level, (long)synchronous.ExecuteScalar()!);
        Assert.Equal("wal", (string)journal.ExecuteScalar()!);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
