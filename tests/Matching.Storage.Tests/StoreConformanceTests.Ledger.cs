using System.Text.Json;
using Matching.Contracts;
using Matching.Domain;

namespace Matching.Storage.Tests;

public abstract partial class StoreConformanceTests
{
    private static CandidatesMatched List(string vacancy, params string[] candidates) =>
        new(vacancy, "GM0148", candidates.Length + 3, candidates.Select((c, i) => new MatchedCandidate(c, "GM0148", i + 1, 90 - i)).ToList(), "transparent-1", At(3));

    private static CandidateNewlyMatched Announcement(string vacancy, string candidate) =>
        new(vacancy, candidate, "GM0148", 71.5, "transparent-1", At(4));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, DomainJson.Options);

    [SkippableFact]
    public async Task A_saved_match_list_is_found_under_its_event_key()
    {
        var ledger = Open().Ledger();
        var list = List("VAC-1", "DAL-1", "DAL-2");

        var (stored, saved) = await ledger.SaveMatchListAsync("VAC-1@1", list, default);

        Assert.True(saved);
        Assert.Equal(Json(list), Json(stored));
        Assert.Equal(Json(list), Json(await World.Ledger().FindMatchListAsync("VAC-1@1", default)));
        Assert.Null(await ledger.FindMatchListAsync("VAC-1@2", default));
    }

    [SkippableFact]
    public async Task A_second_list_for_the_same_event_is_not_saved_and_the_first_is_returned()
    {
        var first = Open().Ledger();
        var second = World.Ledger();
        await first.SaveMatchListAsync("VAC-1@1", List("VAC-1", "DAL-1"), default);

        var (stored, saved) = await second.SaveMatchListAsync("VAC-1@1", List("VAC-1", "DAL-9"), default);

        Assert.False(saved);
        Assert.Equal("DAL-1", Assert.Single(stored.Candidates).CandidateRef);
        Assert.Equal(1, await first.CountMatchListsAsync("VAC-1", default));
        // The losing list's candidates were not marked announced.
        Assert.NotNull(await first.ClaimPairAsync(Announcement("VAC-1", "DAL-9"), default));
    }

    [SkippableFact]
    public async Task Two_replicas_saving_the_same_event_at_once_store_one_list()
    {
        Open();
        var lists = Enumerable.Range(0, 8).Select(i => List("VAC-1", $"DAL-{i}")).ToList();

        var results = await Task.WhenAll(lists.Select(list => Task.Run(() => World.Ledger().SaveMatchListAsync("VAC-1@1", list, default))));

        var winner = Assert.Single(results, r => r.Saved);
        Assert.All(results, r => Assert.Equal(Json(winner.Stored), Json(r.Stored)));
        Assert.Equal(1, await World.Ledger().CountMatchListsAsync("VAC-1", default));
    }

    [SkippableFact]
    public async Task A_pair_is_announced_until_marked_and_never_after()
    {
        var ledger = Open().Ledger();
        var announcement = Announcement("VAC-2", "DAL-1");

        Assert.Equal(Json(announcement), Json(await ledger.ClaimPairAsync(announcement, default)));
        // An earlier attempt that did not finish (a crash before the mark) is announced again, with its first payload.
        Assert.Equal(Json(announcement), Json(await World.Ledger().ClaimPairAsync(announcement with { Score = 10 }, default)));
        await ledger.MarkAnnouncedAsync("VAC-2", "DAL-1", default);

        Assert.Null(await World.Ledger().ClaimPairAsync(announcement, default));
    }

    [SkippableFact]
    public async Task Candidates_of_a_saved_list_count_as_announced()
    {
        var ledger = Open().Ledger();
        await ledger.SaveMatchListAsync("VAC-3@1", List("VAC-3", "DAL-1", "DAL-2"), default);

        Assert.Null(await ledger.ClaimPairAsync(Announcement("VAC-3", "DAL-2"), default));
        Assert.NotNull(await ledger.ClaimPairAsync(Announcement("VAC-3", "DAL-3"), default));
    }
}
