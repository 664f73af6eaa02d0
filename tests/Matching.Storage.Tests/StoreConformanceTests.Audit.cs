using Matching.Ranking.Audit;

namespace Matching.Storage.Tests;

public abstract partial class StoreConformanceTests
{
    private static AuditEntry Entry(string action, string party, string? vacancy, DateTimeOffset at, params string[] candidates) =>
        new(at, "ommen-frontoffice", party, action, vacancy, "transparent-1", candidates);

    [SkippableFact]
    public async Task Every_access_that_showed_a_candidate_is_answered_oldest_first_from_every_replica()
    {
        var audit = Open().Audit();
        await audit.RecordAsync(Entry("rank", "GM0175", "VAC-1", At(2), "DAL-1", "DAL-2"), default);
        await World.Audit().RecordAsync(Entry("profile-read", "GM0148", null, At(3), "DAL-1"), default);
        await audit.RecordAsync(Entry("rank", "GM0148", "VAC-2", At(4), "DAL-2"), default);

        var seen = await World.Audit().ForCandidateAsync("DAL-1", default);

        Assert.Equal(["GM0175:rank:VAC-1", "GM0148:profile-read:"], seen.Select(e => $"{e.Party}:{e.Action}:{e.VacancyId}"));
        Assert.Equal([At(2), At(3)], seen.Select(e => e.At));
        Assert.All(seen, e => Assert.Equal(["DAL-1"], e.CandidateRefs));
    }

    [SkippableFact]
    public async Task Was_shown_counts_rankings_of_that_vacancy_weekdate_lists_and_rankings_of_vacancies_for_the_asking_parties_only()
    {
        var audit = Open().Audit();
        await audit.RecordAsync(Entry("rank", "GM0148", "VAC-1", At(2), "DAL-1"), default);
        await audit.RecordAsync(Entry("weekdate", "GM0175", null, At(2), "DAL-2"), default);
        await audit.RecordAsync(Entry("profile-read", "GM0148", null, At(2), "DAL-3"), default);
        await audit.RecordAsync(Entry("werkbank:vacatures", "GM0148", null, At(2), "DAL-4"), default);
        await audit.RecordAsync(Entry("rank-vacancies", "GM0148", null, At(2), "DAL-5"), default);

        Assert.True(await audit.WasShownAsync(["GM0148"], "VAC-1", "DAL-1", default));
        Assert.False(await audit.WasShownAsync(["GM0148"], "VAC-2", "DAL-1", default));
        Assert.False(await audit.WasShownAsync(["GM0175"], "VAC-1", "DAL-1", default));
        Assert.True(await audit.WasShownAsync(["GM0148", "GM0175"], "VAC-9", "DAL-2", default));
        Assert.False(await audit.WasShownAsync(["GM0148"], "VAC-1", "DAL-3", default));
        Assert.False(await audit.WasShownAsync([], "VAC-1", "DAL-1", default));
        // A ranking of vacancies for a candidate pairs the candidate with every vacancy it could list.
        Assert.True(await audit.WasShownAsync(["GM0148"], "VAC-9", "DAL-4", default));
        Assert.True(await audit.WasShownAsync(["GM0148"], "VAC-9", "DAL-5", default));
        Assert.False(await audit.WasShownAsync(["GM0175"], "VAC-9", "DAL-4", default));
    }

    [SkippableFact]
    public async Task The_database_refuses_to_change_or_delete_a_recent_audit_entry()
    {
        var audit = Open().Audit();
        await audit.RecordAsync(Entry("rank", "GM0148", "VAC-1", DateTimeOffset.UtcNow.AddDays(-1), "DAL-1"), default);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => World.ExecuteAsync("UPDATE audit_events SET party = 'GM0175'"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => World.ExecuteAsync("UPDATE audit_candidates SET candidate_ref = 'DAL-9'"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => World.ExecuteAsync("DELETE FROM audit_candidates"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => World.ExecuteAsync("DELETE FROM audit_events"));

        var entry = Assert.Single(await audit.ForCandidateAsync("DAL-1", default));
        Assert.Equal("GM0148", entry.Party);
    }

    [SkippableFact]
    public async Task A_purge_that_would_remove_entries_younger_than_six_months_is_refused()
    {
        var audit = Open().Audit();
        await audit.RecordAsync(Entry("rank", "GM0148", "VAC-1", DateTimeOffset.UtcNow.AddMonths(-5), "DAL-1"), default);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => audit.PurgeBeforeAsync(DateTimeOffset.UtcNow.AddMonths(-4), default));

        Assert.Single(await audit.ForCandidateAsync("DAL-1", default));
    }

    [SkippableFact]
    public async Task Retention_removes_entries_older_than_the_cutoff_and_keeps_the_rest()
    {
        var audit = Open().Audit();
        var now = DateTimeOffset.UtcNow;
        await audit.RecordAsync(Entry("rank", "GM0148", "VAC-1", now.AddMonths(-14), "DAL-1", "DAL-2"), default);
        await audit.RecordAsync(Entry("rank", "GM0148", "VAC-2", now.AddMonths(-7), "DAL-1"), default);

        var removed = await audit.PurgeBeforeAsync(now.AddMonths(-12), default);

        Assert.Equal(1, removed);
        Assert.Equal(["VAC-2"], (await audit.ForCandidateAsync("DAL-1", default)).Select(e => e.VacancyId));
        Assert.Empty(await audit.ForCandidateAsync("DAL-2", default));
    }

    [SkippableFact]
    public async Task An_entry_is_recorded_once_per_party_client_action_vacancy_moment_to_the_millisecond_and_candidates()
    {
        var at = new DateTimeOffset(2026, 2, 3, 9, 15, 42, TimeSpan.Zero).AddTicks(1234567);
        var entry = Entry("match-list", "GM0148", "VAC-1", at, "DAL-1", "DAL-2");
        Assert.True(await Open().Audit().RecordOnceAsync(entry, default));
        var audit = World.Audit();

        Assert.False(await audit.RecordOnceAsync(entry with { CandidateRefs = ["DAL-2", "DAL-1"] }, default));
        Assert.True(await audit.RecordOnceAsync(entry with { Party = "GM0175" }, default));
        Assert.True(await audit.RecordOnceAsync(entry with { Client = "another-client" }, default));
        Assert.True(await audit.RecordOnceAsync(entry with { Action = "rank" }, default));
        Assert.True(await audit.RecordOnceAsync(entry with { VacancyId = "VAC-2" }, default));
        Assert.True(await audit.RecordOnceAsync(entry with { VacancyId = null }, default));
        Assert.True(await audit.RecordOnceAsync(entry with { At = at.AddMilliseconds(5) }, default));
        Assert.True(await audit.RecordOnceAsync(entry with { CandidateRefs = ["DAL-1", "DAL-3"] }, default));

        Assert.Equal(8, (await audit.ForCandidateAsync("DAL-1", default)).Count);
        Assert.Equal(["VAC-1"], (await audit.ForCandidateAsync("DAL-3", default)).Select(e => e.VacancyId));
    }

    [SkippableFact]
    public async Task One_entry_recorded_by_many_writers_at_once_is_recorded_once()
    {
        var entry = Entry("read-profile", "GM0148", null, At(2), "DAL-1");
        Open();
        var writers = Enumerable.Range(0, 12).Select(_ => World.Audit()).ToList();

        var recorded = await Task.WhenAll(writers.Select(writer => Task.Run(() => writer.RecordOnceAsync(entry, default))));

        Assert.Single(recorded, true);
        Assert.Single(await World.Audit().ForCandidateAsync("DAL-1", default));
    }
}
