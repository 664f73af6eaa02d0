using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Ownership;

namespace Matching.Storage.Tests;

public abstract partial class StoreConformanceTests
{
    private static readonly Guid MessageId = Guid.Parse("0b6c3d8e-5f7a-4c2b-9d1e-3a4b5c6d7e8f");

    private static Task<AppendResult> Write(IOutboxStore outbox, string owner, string reference, string? status = null, long? expectedVersion = null) =>
        outbox.AppendAsync(IndexTarget.Candidates, WriteOperation.Upsert, $$"""[{"reference":"{{reference}}"}]""",
            claimed => [PendingEvent.For(new { Reference = reference, Registered = claimed.Contains(reference) }, Guid.NewGuid())],
            [new ReferenceClaim(ReferenceKind.Candidate, reference, owner, expectedVersion)], status, At(1), _ => { }, default);

    [SkippableFact]
    public async Task The_first_write_claims_its_reference_and_another_partys_write_is_refused_whole()
    {
        var outbox = Open().Outbox();

        var first = await outbox.AppendAsync(IndexTarget.Candidates, WriteOperation.Upsert, "[]", claimed => [PendingEvent.For(new { New = claimed.Count })],
            [new ReferenceClaim(ReferenceKind.Candidate, "DAL-1", "GM0148")], null, At(1), _ => { }, default);
        var update = await Write(World.Outbox(), "GM0148", "DAL-1");
        var taken = await outbox.AppendAsync(IndexTarget.Candidates, WriteOperation.Upsert, "[]", _ => [],
            [new ReferenceClaim(ReferenceKind.Candidate, "DAL-2", "GM0175"), new ReferenceClaim(ReferenceKind.Candidate, "DAL-1", "GM0175")],
            null, At(1), _ => { }, default);

        Assert.Equal(["DAL-1"], first.Claimed);
        Assert.Empty(update.Claimed);
        Assert.Empty(update.Lost);
        Assert.Equal("DAL-1", Assert.Single(taken.Lost).Reference);
        Assert.Equal(2, await outbox.CountAsync(default));
        // The refused write claimed nothing, also not the reference nobody owned.
        Assert.Null(await World.Outbox().OwnerOfAsync(ReferenceKind.Candidate, "DAL-2", default));
        Assert.Equal("GM0148", await World.Outbox().OwnerOfAsync(ReferenceKind.Candidate, "DAL-1", default));
    }

    [SkippableFact]
    public async Task A_status_is_recorded_with_the_write_and_cleared_by_the_next()
    {
        var outbox = Open().Outbox();
        await Write(outbox, "GM0148", "DAL-1", status: "Withdrawn");
        Assert.Equal("Withdrawn", await World.Outbox().StatusOfAsync(ReferenceKind.Candidate, "DAL-1", default));

        await Write(outbox, "GM0148", "DAL-1");
        Assert.Null(await World.Outbox().StatusOfAsync(ReferenceKind.Candidate, "DAL-1", default));
    }

    [SkippableFact]
    public async Task An_owner_adopted_from_the_index_never_replaces_a_registered_one()
    {
        var outbox = Open().Outbox();
        Assert.Equal("GM0148", await outbox.AdoptAsync(new ReferenceClaim(ReferenceKind.Vacancy, "VAC-1", "GM0148"), "Filled", At(1), default));
        Assert.Equal("GM0148", await World.Outbox().AdoptAsync(new ReferenceClaim(ReferenceKind.Vacancy, "VAC-1", "GM0175"), null, At(2), default));
        Assert.Equal("Filled", await outbox.StatusOfAsync(ReferenceKind.Vacancy, "VAC-1", default));
    }

    [SkippableFact]
    public async Task An_event_is_queued_once_per_message_id_whichever_replica_queues_it()
    {
        Open();
        var @event = PendingEvent.For(new { VacancyId = "VAC-1" }, MessageId);
        var replicas = Enumerable.Range(0, 6).Select(_ => World.Outbox()).ToList();

        var queued = await Task.WhenAll(replicas.Select(outbox => Task.Run(() => outbox.QueueEventsAsync([@event], At(1), default))));

        Assert.Equal(1, queued.Sum(q => q.Count));
        var write = Assert.Single(await World.Outbox().ReadAsync(WriteStage.Publish, null, 10, default));
        Assert.Equal(MessageId, Assert.Single(write.Events).MessageId);
        Assert.Equal(@event.Json, write.Events[0].Json);
    }

    [SkippableFact]
    public async Task A_write_moves_from_indexing_to_publishing_and_is_gone_when_published()
    {
        var outbox = Open().Outbox();
        var (sequence, _, _) = await Write(outbox, "GM0148", "DAL-1");

        var pending = Assert.Single(await outbox.ReadAsync(WriteStage.Index, IndexTarget.Candidates, 10, default));
        Assert.Equal((sequence, IndexTarget.Candidates, WriteOperation.Upsert, 0), (pending.Sequence, pending.Target, pending.Operation, pending.Attempts));
        Assert.Equal(["DAL-1"], pending.Keys);
        Assert.Empty(await outbox.ReadAsync(WriteStage.Index, IndexTarget.Vacancies, 10, default));

        await outbox.RescheduleAsync(sequence, 1, At(1, 10), "engine said no", default);
        var retried = Assert.Single(await outbox.ReadAsync(WriteStage.Index, IndexTarget.Candidates, 10, default));
        Assert.Equal((1, At(1, 10), "engine said no"), (retried.Attempts, retried.NotBefore, retried.LastError));

        await outbox.MoveToPublishAsync(sequence, default);
        await outbox.MarkPublishedAsync(sequence, 1, default);
        var publishing = Assert.Single(await outbox.ReadAsync(WriteStage.Publish, null, 10, default));
        Assert.Equal((0, 1, (string?)null), (publishing.Attempts, publishing.Published, publishing.LastError));
        Assert.True(await outbox.ContainsAsync(sequence, default));

        await outbox.RemoveAsync(sequence, default);
        Assert.False(await outbox.ContainsAsync(sequence, default));
        Assert.Equal(0, await outbox.CountAsync(default));
        Assert.Null(await outbox.OldestPendingAsync(default));
    }

    [SkippableFact]
    public async Task A_parked_write_keeps_its_error_and_comes_back_in_its_old_place_when_replayed()
    {
        var outbox = Open().Outbox();
        var (first, _, _) = await Write(outbox, "GM0148", "DAL-1");
        var (second, _, _) = await Write(outbox, "GM0148", "DAL-2");

        await outbox.ParkAsync(first, 5, "mapping rejected", At(3), default);

        var parked = Assert.Single(await World.Outbox().ParkedAsync(default));
        Assert.Equal((first, 5, "mapping rejected", At(3)), (parked.Sequence, parked.Attempts, parked.LastError, parked.ParkedAt));
        Assert.Equal(["DAL-1"], parked.Keys);
        Assert.Equal((1L, 1L), (await outbox.CountAsync(default), await outbox.ParkedCountAsync(default)));

        Assert.True(await World.Outbox().ReplayAsync(first, default));
        Assert.False(await outbox.ReplayAsync(first, default));
        Assert.Equal([first, second], (await outbox.ReadAsync(WriteStage.Index, IndexTarget.Candidates, 10, default)).Select(w => w.Sequence));
        Assert.Equal(0, (await outbox.ReadAsync(WriteStage.Index, IndexTarget.Candidates, 10, default))[0].Attempts);
        Assert.Equal(At(1), await outbox.OldestPendingAsync(default));
    }
}
