using Matching.Domain.Candidates;
using Matching.Domain.Parties;
using Matching.Search.Lucene;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// A candidate document holds more than the profile: the owner's subregion (consent), the analysis and the occupation
/// readings. An index opened by code that builds those differently is built again from the stored profiles, in the
/// background, and says so while it works; one built the same way is left alone.
/// </summary>
public sealed class Analysing_an_index_built_with_other_content_again : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    private static CandidateQuery AskedBy(Party party) => new() { VisibleTo = party, ValidOn = new DateOnly(2025, 6, 1), Size = 10 };

    [Fact]
    public async Task Should_make_a_candidate_visible_to_the_owners_new_subregion_after_the_directory_changed()
    {
        var dalfsenCandidates = Enumerable.Range(1, 1200)
            .Select(i => Candidate($"DAL-{i}").OwnedBy("GM0148").Consenting(ConsentScope.Subregion).Build()).ToArray();
        using (var before = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 0))
        {
            await before.UpsertAsync(dalfsenCandidates);
            Assert.Equal(0, (await before.SearchAsync(AskedBy(RegionZwolle.Zwolle))).TotalEligible);
        }

        var movedZwolle = RegionZwolle.DalfsenMovedToZwolle.Find("GM0193")!;
        using var after = new LuceneCandidateIndex(_folder.Path, RegionZwolle.DalfsenMovedToZwolle, profileCacheSize: 0);
        await after.Reanalysis;

        Assert.Equal(1200, await Visible());
        Assert.Null(after.Pending);
        Assert.Equal(1200, await after.CountAsync());
        Assert.Equal(ConsentScope.Subregion, (await after.GetAsync("DAL-7"))!.Consent);

        async Task<long> Visible() => (await after.SearchAsync(AskedBy(movedZwolle))).TotalEligible;
    }

    [Fact]
    public async Task Should_not_analyse_again_when_opened_by_code_that_builds_the_same_documents()
    {
        using (var first = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 0))
            await first.UpsertAsync([Candidate("DAL-1").Build(), Candidate("DAL-2").Build()]);

        using var second = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 0);

        Assert.True(second.Reanalysis.IsCompleted);
        Assert.Null(second.Pending);
        Assert.Equal(2, await second.CountAsync());
    }

    [Fact]
    public async Task Should_keep_an_upsert_made_while_it_analyses_again()
    {
        using (var before = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 0))
            await before.UpsertAsync(Enumerable.Range(1, 3000).Select(i => Candidate($"DAL-{i}").Available(24).Build()).ToArray());

        using var after = new LuceneCandidateIndex(_folder.Path, RegionZwolle.DalfsenMovedToZwolle, profileCacheSize: 0);
        await after.UpsertAsync([Candidate("DAL-2999").Available(36).Build(), Candidate("DAL-9999").Available(36).Build()]);
        await after.Reanalysis;

        Assert.Equal(36, (await after.GetAsync("DAL-2999"))!.HoursAvailablePerWeek);
        Assert.Equal(36, (await after.GetAsync("DAL-9999"))!.HoursAvailablePerWeek);
        Assert.Equal(24, (await after.GetAsync("DAL-1"))!.HoursAvailablePerWeek);
        Assert.Equal(3001, await after.CountAsync());
    }

    public void Dispose() => _folder.Dispose();
}
