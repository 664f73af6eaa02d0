using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Ownership;

namespace Matching.Storage.Tests;

/// <summary>
/// A reference's version in the registry: one more with each queued write, a write that expects a version it no longer
/// has stores nothing (not its status either), and the version the index shows leaves out writes still waiting.
/// </summary>
public abstract partial class StoreConformanceTests
{
    [SkippableFact]
    public async Task Every_write_adds_a_version_and_one_expecting_an_older_version_stores_nothing()
    {
        var outbox = Open().Outbox();
        Assert.Equal(1, (await Write(outbox, "GM0148", "DAL-1")).Versions["DAL-1"]);
        Assert.Equal(2, (await Write(World.Outbox(), "GM0148", "DAL-1", expectedVersion: 1)).Versions["DAL-1"]);

        var late = await Write(outbox, "GM0148", "DAL-1", status: "Withdrawn", expectedVersion: 1);

        Assert.Equal(0, late.Sequence);
        var stale = Assert.Single(late.Stale);
        Assert.Equal(("DAL-1", 1L, 2L), (stale.Claim.Reference, stale.Claim.ExpectedVersion!.Value, stale.Current));
        Assert.Equal(2, await outbox.CountAsync(default));
        Assert.Null(await outbox.StatusOfAsync(ReferenceKind.Candidate, "DAL-1", default));
        Assert.Equal(new ReferenceVersion(2, 2), await World.Outbox().VersionOfAsync(ReferenceKind.Candidate, "DAL-1", default));
        Assert.Null(await outbox.VersionOfAsync(ReferenceKind.Candidate, "DAL-2", default));
        Assert.Null(await outbox.VersionOfAsync(ReferenceKind.Vacancy, "DAL-1", default));
    }

    [SkippableFact]
    public async Task Of_writes_from_many_replicas_expecting_the_same_version_exactly_one_holds()
    {
        Open();
        await Write(World.Outbox(), "GM0148", "DAL-1");
        var replicas = Enumerable.Range(0, 6).Select(_ => World.Outbox()).ToList();

        var results = await Task.WhenAll(replicas.Select(outbox => Task.Run(() => Write(outbox, "GM0148", "DAL-1", expectedVersion: 1))));

        Assert.Equal(1, results.Count(r => r.Sequence > 0));
        Assert.All(results.Where(r => r.Sequence == 0), r => Assert.Equal(2, Assert.Single(r.Stale).Current));
        Assert.Equal(2, (await World.Outbox().VersionOfAsync(ReferenceKind.Candidate, "DAL-1", default))!.Current);
    }

    [SkippableFact]
    public async Task The_version_the_index_shows_leaves_out_writes_waiting_or_parked_but_not_those_being_published()
    {
        var outbox = Open().Outbox();
        var (first, _, _) = await Write(outbox, "GM0148", "DAL-1");
        var (second, _, _) = await Write(outbox, "GM0148", "DAL-1");
        await Write(outbox, "GM0148", "DAL-2");
        await outbox.AppendAsync(IndexTarget.Vacancies, WriteOperation.Upsert, "[]", _ => [],
            [new ReferenceClaim(ReferenceKind.Vacancy, "DAL-1", "GM0148")], null, At(1), _ => { }, default);
        Assert.Equal(new ReferenceVersion(2, 2), await outbox.VersionOfAsync(ReferenceKind.Candidate, "DAL-1", default));

        await outbox.MoveToPublishAsync(first, default);
        Assert.Equal(1, (await outbox.VersionOfAsync(ReferenceKind.Candidate, "DAL-1", default))!.Indexed);

        await outbox.ParkAsync(second, 5, "engine said no", At(2), default);
        Assert.Equal(new ReferenceVersion(2, 1), await outbox.VersionOfAsync(ReferenceKind.Candidate, "DAL-1", default));

        await outbox.RemoveAsync(first, default);
        await outbox.ReplayAsync(second, default);
        await outbox.RemoveAsync(second, default);
        Assert.Equal(new ReferenceVersion(2, 0), await outbox.VersionOfAsync(ReferenceKind.Candidate, "DAL-1", default));
    }

    [SkippableFact]
    public async Task Adopting_an_owner_from_the_index_starts_at_version_zero_and_a_write_expecting_zero_holds()
    {
        var outbox = Open().Outbox();
        await outbox.AdoptAsync(new ReferenceClaim(ReferenceKind.Candidate, "DAL-1", "GM0148"), null, At(1), default);
        Assert.Equal(new ReferenceVersion(0, 0), await outbox.VersionOfAsync(ReferenceKind.Candidate, "DAL-1", default));

        Assert.Equal(1, (await Write(outbox, "GM0148", "DAL-1", expectedVersion: 0)).Versions["DAL-1"]);
    }
}
