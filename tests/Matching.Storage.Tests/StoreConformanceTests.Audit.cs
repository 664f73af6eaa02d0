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
    public async Task An_entry_is_found_by_party_action_vacancy_and_moment_to_the_millisecond()
    {
        var at = new DateTimeOffset(2026, 2, 3, 9, 15, 42, TimeSpan.Zero).AddTicks(1234567);
        await Open().Audit().RecordAsync(Entry("match-list", "GM0148", "VAC-1", at, "DAL-1"), default);
        var audit = World.Audit();

        Assert.True(await audit.HasEntryAsync("GM0148", "match-list", "VAC-1", at, default));
        Assert.False(await audit.HasEntryAsync("GM0175", "match-list", "VAC-1", at, default));
        Assert.False(await audit.HasEntryAsync("GM0148", "rank", "VAC-1", at, default));
        Assert.False(await audit.HasEntryAsync("GM0148", "match-list", "VAC-2", at, default));
        Assert.False(await audit.HasEntryAsync("GM0148", "match-list", "VAC-1", at.AddMilliseconds(5), default));
    }

    [SkippableFact]
    public async Task A_read_of_a_candidate_is_found_by_party_client_action_reference_and_moment()
    {
        var at = new DateTimeOffset(2026, 2, 3, 9, 15, 42, TimeSpan.Zero).AddTicks(1234567);
        await Open().Audit().RecordAsync(Entry("read-profile", "GM0148", null, at, "DAL-1"), default);
        var audit = World.Audit();

        Assert.True(await audit.HasCandidateEntryAsync("GM0148", "ommen-frontoffice", "read-profile", "DAL-1", at, default));
        Assert.False(await audit.HasCandidateEntryAsync("GM0148", "ommen-frontoffice", "read-profile", "DAL-2", at, default));
        Assert.False(await audit.HasCandidateEntryAsync("GM0148", "another-client", "read-profile", "DAL-1", at, default));
        Assert.False(await audit.HasCandidateEntryAsync("GM0175", "ommen-frontoffice", "read-profile", "DAL-1", at, default));
        Assert.False(await audit.HasCandidateEntryAsync("GM0148", "ommen-frontoffice", "rank", "DAL-1", at, default));
        Assert.False(await audit.HasCandidateEntryAsync("GM0148", "ommen-frontoffice", "read-profile", "DAL-1", at.AddMilliseconds(5), default));
    }
}
