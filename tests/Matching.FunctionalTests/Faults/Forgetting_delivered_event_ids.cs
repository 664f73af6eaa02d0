using Matching.Contracts;
using Matching.ServiceDefaults.Outbox;
using Microsoft.Extensions.Time.Testing;

namespace Matching.FunctionalTests.Faults;

/// <summary>The outbox keeps the ids of queued events to queue each once; delivered ones are forgotten after the retention, waiting ones never.</summary>
public sealed class Forgetting_delivered_event_ids : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "outbox-purge-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Only_delivered_ids_past_the_retention_are_purged()
    {
        Directory.CreateDirectory(_folder);
        var outbox = new WriteOutbox(new SqliteOutboxStore(new OutboxDatabase(Path.Combine(_folder, "outbox.db"))), _clock);
        var (delivered, waiting) = (Guid.NewGuid(), Guid.NewGuid());
        Assert.Equal(1, await outbox.QueueEventsAsync([PendingEvent.For(Announcement("VAC-1"), delivered)], default));
        Assert.Equal(1, await outbox.QueueEventsAsync([PendingEvent.For(Announcement("VAC-2"), waiting)], default));
        var first = (await outbox.ReadAsync(WriteStage.Index, IndexTarget.Events, 10, default)).Concat(await outbox.ReadAsync(WriteStage.Publish, IndexTarget.Events, 10, default))
            .Single(w => w.Events.Any(e => e.MessageId == delivered));
        await outbox.RemoveAsync(first.Sequence, default);

        // Within the retention nothing is forgotten, and a repeat of the delivered event is still not queued again.
        _clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, await outbox.PurgeDeliveredMessagesAsync(TimeSpan.FromHours(24), default));
        Assert.Equal(0, await outbox.QueueEventsAsync([PendingEvent.For(Announcement("VAC-1"), delivered)], default));

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await outbox.PurgeDeliveredMessagesAsync(TimeSpan.FromHours(24), default));
        Assert.Equal(1, await outbox.QueuedMessageCountAsync(default));
        Assert.Equal(1, await outbox.CountAsync(default));
    }

    private CandidateNewlyMatched Announcement(string vacancyId) => new(vacancyId, "DAL-1", "GM0148", 50, "test", _clock.GetUtcNow());
}
