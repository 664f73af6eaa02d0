using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Ownership;
using Microsoft.Extensions.Time.Testing;

namespace Matching.FunctionalTests.Faults;

/// <summary>
/// The outbox says whether a reference's write still waits to be indexed (no drainer runs here, as while the engine is
/// away), so an edit built from the index's older copy is refused instead of undoing it.
/// </summary>
public sealed class Telling_a_write_still_waits_for_the_index : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "outbox-waiting-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Only_the_waiting_reference_waits_and_a_full_scan_answers_yes()
    {
        Directory.CreateDirectory(_folder);
        var outbox = new WriteOutbox(new SqliteOutboxStore(new OutboxDatabase(Path.Combine(_folder, "outbox.db"))),
            new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)));
        await outbox.AppendAsync(IndexTarget.Vacancies, WriteOperation.Upsert, "[]", _ => [], [new ReferenceClaim(ReferenceKind.Vacancy, "VAC-1", "GM0148")], null, default);
        await outbox.AppendAsync(IndexTarget.Candidates, WriteOperation.Upsert, "[]", _ => [], [new ReferenceClaim(ReferenceKind.Candidate, "DAL-2", "GM0148")], null, default);

        Assert.True(await outbox.WaitsToBeIndexedAsync(IndexTarget.Vacancies, "VAC-1", 10, default));
        Assert.False(await outbox.WaitsToBeIndexedAsync(IndexTarget.Vacancies, "VAC-3", 10, default));
        Assert.False(await outbox.WaitsToBeIndexedAsync(IndexTarget.Vacancies, "DAL-2", 10, default)); // another target's write
        Assert.True(await outbox.WaitsToBeIndexedAsync(IndexTarget.Vacancies, "VAC-3", 1, default)); // as many waiting as read: maybe it is further on
    }
}
