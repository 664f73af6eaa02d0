using Matching.Weekdate;

namespace Matching.Storage.Tests;

public abstract partial class StoreConformanceTests
{
    private static readonly WeekdateSummary Summary = new(2, 3, 1, 4, 0, 5);

    private static WeekdateGeneration Generation(string week, string reference) =>
        new(reference, "GM0148", IsoWeek.Parse(week), At(2), "schedule", "transparent-1", Summary);

    private static WeekdateRenderings Rendered(string reference) => new($"<h1>{reference} – één lijst</h1>", $"lijst;{reference}\r\n");

    private static CandidateSnapshot Snapshot(int step, params string[] certificates) => new("WerkfitProgressExpected", null, step, certificates);

    [SkippableFact]
    public async Task A_week_reads_the_latest_earlier_snapshot_per_candidate_and_the_first_week_of_each_proposal()
    {
        var ledger = Open().Weekdate();
        await ledger.RecordAsync(Generation("2026-W05", "WD-5"), Rendered("WD-5"), new Dictionary<string, CandidateSnapshot> { ["DAL-1"] = Snapshot(3), ["DAL-2"] = Snapshot(4) },
            [("VAC-1", "DAL-1")], default);
        await ledger.RecordAsync(Generation("2026-W06", "WD-6"), Rendered("WD-6"), new Dictionary<string, CandidateSnapshot> { ["DAL-1"] = Snapshot(4, "VCA_BASIS") },
            [("VAC-1", "DAL-1"), ("VAC-2", "DAL-2")], default);
        await ledger.RecordAsync(Generation("2026-W08", "WD-8"), Rendered("WD-8"), new Dictionary<string, CandidateSnapshot> { ["DAL-1"] = Snapshot(6) }, [], default);

        var other = World.Weekdate();
        var snapshots = await other.SnapshotsBeforeAsync("GM0148", IsoWeek.Parse("2026-W07"), default);
        var proposals = await other.ProposalsBeforeAsync("GM0148", IsoWeek.Parse("2026-W07"), default);

        Assert.Equal(4, snapshots["DAL-1"].Step);
        Assert.Equal(["VCA_BASIS"], snapshots["DAL-1"].Certificates);
        Assert.Equal(4, snapshots["DAL-2"].Step);
        Assert.Equal([("VAC-1", "DAL-1", "2026-W05"), ("VAC-2", "DAL-2", "2026-W06")], proposals.Select(p => (p.VacancyId, p.CandidateRef, p.Week.ToString())));
        Assert.Empty(await other.SnapshotsBeforeAsync("GM0175", IsoWeek.Parse("2026-W07"), default));
        Assert.Equal(["WD-5", "WD-6", "WD-8"], (await other.GenerationsAsync("GM0148", default)).Select(g => g.Reference));
        Assert.Equal(Summary, (await other.GenerationsAsync("GM0148", default))[0].Summary);
    }

    [SkippableFact]
    public async Task Generating_a_week_again_updates_its_snapshots_keeps_the_others_and_adds_proposals()
    {
        var ledger = Open().Weekdate();
        await ledger.RecordAsync(Generation("2026-W05", "WD-a"), Rendered("WD-a"), new Dictionary<string, CandidateSnapshot> { ["DAL-1"] = Snapshot(3), ["DAL-3"] = Snapshot(2) },
            [("VAC-1", "DAL-1")], default);
        await World.Weekdate().RecordAsync(Generation("2026-W05", "WD-b"), Rendered("WD-b"), new Dictionary<string, CandidateSnapshot> { ["DAL-2"] = Snapshot(5), ["DAL-3"] = Snapshot(4) },
            [("VAC-2", "DAL-2"), ("VAC-1", "DAL-1")], default);

        var snapshots = await ledger.SnapshotsBeforeAsync("GM0148", IsoWeek.Parse("2026-W06"), default);
        var proposals = await ledger.ProposalsBeforeAsync("GM0148", IsoWeek.Parse("2026-W06"), default);

        Assert.Equal(["DAL-1", "DAL-2", "DAL-3"], snapshots.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((3, 4), (snapshots["DAL-1"].Step, snapshots["DAL-3"].Step));
        Assert.Equal([("VAC-1", "DAL-1"), ("VAC-2", "DAL-2")], proposals.Select(p => (p.VacancyId, p.CandidateRef)));
        Assert.Equal(["DAL-1", "DAL-2", "DAL-3"], (await ledger.SeenUpToAsync("GM0148", IsoWeek.Parse("2026-W05"), default)).Order(StringComparer.Ordinal));
        Assert.Empty(await ledger.SeenUpToAsync("GM0148", IsoWeek.Parse("2026-W04"), default));
        Assert.Equal("2026-W05", (await ledger.GenerationAsync("WD-a", default))?.Week.ToString());
        Assert.Equal("WD-b", (await ledger.LatestGenerationAsync("GM0148", IsoWeek.Parse("2026-W05"), default))?.Reference);
        Assert.Null(await ledger.LatestGenerationAsync("GM0148", IsoWeek.Parse("2026-W04"), default));
        Assert.Equal(["WD-a", "WD-b"], (await ledger.GenerationsAsync("GM0148", default)).Select(g => g.Reference));
    }

    [SkippableFact]
    public async Task Another_replica_serves_the_renderings_of_a_weeks_latest_generation_and_none_of_a_replaced_one()
    {
        await Open().Weekdate().RecordAsync(Generation("2026-W05", "WD-old"), Rendered("WD-old"), new Dictionary<string, CandidateSnapshot>(), [], default);
        await World.Weekdate().RecordAsync(Generation("2026-W06", "WD-6"), Rendered("WD-6"), new Dictionary<string, CandidateSnapshot>(), [], default);
        await World.Weekdate().RecordAsync(Generation("2026-W05", "WD-new"), new WeekdateRenderings("<p>Zoë & Šárka</p>", "ref;naam\r\nDAL-1;Zoë\r\n"),
            new Dictionary<string, CandidateSnapshot>(), [], default);

        var other = World.Weekdate();
        Assert.Equal("<p>Zoë & Šárka</p>", await other.RenderingAsync("WD-new", WeekdateFileFormat.Html, default));
        Assert.Equal("ref;naam\r\nDAL-1;Zoë\r\n", await other.RenderingAsync("WD-new", WeekdateFileFormat.Csv, default));
        Assert.Equal("lijst;WD-6\r\n", await other.RenderingAsync("WD-6", WeekdateFileFormat.Csv, default));
        Assert.Null(await other.RenderingAsync("WD-old", WeekdateFileFormat.Html, default));
        Assert.Null(await other.RenderingAsync("WD-unknown", WeekdateFileFormat.Csv, default));
        Assert.Equal("2026-W05", (await other.GenerationAsync("WD-old", default))?.Week.ToString());

        Assert.Equal(1, await World.Weekdate().PurgeRenderingsBeforeAsync(IsoWeek.Parse("2026-W06"), default));
        Assert.Null(await other.RenderingAsync("WD-new", WeekdateFileFormat.Csv, default));
        Assert.Equal("lijst;WD-6\r\n", await other.RenderingAsync("WD-6", WeekdateFileFormat.Csv, default));
        Assert.Equal("WD-new", (await other.LatestGenerationAsync("GM0148", IsoWeek.Parse("2026-W05"), default))?.Reference);
    }

    [SkippableFact]
    public async Task One_replica_claims_a_scheduled_run_and_another_takes_it_over_only_after_the_lease_when_unfinished()
    {
        Open();
        var week = IsoWeek.Parse("2026-W05");
        var now = At(2, 7);

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => World.Weekdate().ClaimScheduledRunAsync("GM0148", week, now, default))));
        Assert.Single(claims, claimed => claimed);

        Assert.False(await World.Weekdate().ClaimScheduledRunAsync("GM0148", week, now.AddMinutes(14), default));
        Assert.True(await World.Weekdate().ClaimScheduledRunAsync("GM0148", IsoWeek.Parse("2026-W06"), now, default));
        Assert.True(await World.Weekdate().ClaimScheduledRunAsync("GM0148", week, now.AddMinutes(16), default));

        await World.Weekdate().CompleteScheduledRunAsync("GM0148", week, default);
        Assert.False(await World.Weekdate().ClaimScheduledRunAsync("GM0148", week, now.AddHours(2), default));
    }
}
