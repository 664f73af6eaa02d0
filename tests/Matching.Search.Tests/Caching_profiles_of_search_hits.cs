using Matching.Search.Lucene;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// The Lucene candidate index keeps the deserialised profiles of search hits per segment: a repeated search reuses
/// them, an update is never answered from the cache, and the cache stays within its budget.
/// </summary>
public sealed class Caching_profiles_of_search_hits : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    private static CandidateQuery Everyone => new() { VisibleTo = RegionZwolle.Dalfsen, ValidOn = new DateOnly(2025, 6, 1), Size = 10 };

    [Fact]
    public async Task Should_reuse_the_profiles_of_a_repeated_search()
    {
        using var index = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory);
        await index.UpsertAsync([Candidate("DAL-1").Build(), Candidate("DAL-2").Build()]);

        var first = await index.SearchAsync(Everyone);
        var second = await index.SearchAsync(Everyone);

        Assert.Equal(2, index.CachedProfiles);
        Assert.Equal(first.Hits.Select(h => h.Profile), second.Hits.Select(h => h.Profile), ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public async Task Should_return_the_updated_profile_after_an_upsert()
    {
        using var index = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory);
        await index.UpsertAsync([Candidate("DAL-1").Available(24).Build(), Candidate("DAL-2").Build()]);
        await index.SearchAsync(Everyone);

        await index.UpsertAsync([Candidate("DAL-1").Available(32).Build()]);
        var hits = (await index.SearchAsync(Everyone)).Hits;

        Assert.Equal(32, hits.Single(h => h.Profile.Reference == "DAL-1").Profile.HoursAvailablePerWeek);
        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public async Task Should_drop_the_profiles_of_a_segment_that_is_gone()
    {
        using var index = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory);
        await index.UpsertAsync([Candidate("DAL-1").Build(), Candidate("DAL-2").Build()]);
        await index.SearchAsync(Everyone);

        // Replacing both deletes every document of the first segment, which Lucene then drops.
        await index.UpsertAsync([Candidate("DAL-1").Available(32).Build(), Candidate("DAL-2").Available(32).Build()]);
        var hits = (await index.SearchAsync(Everyone)).Hits;
        // The background warm-up holds a searcher while it runs; the old segment goes when it lets go.
        await index.WarmUp;

        Assert.All(hits, h => Assert.Equal(32, h.Profile.HoursAvailablePerWeek));
        Assert.Equal(2, index.CachedProfiles);
    }

    [Fact]
    public async Task Should_read_hits_past_the_budget_from_the_index()
    {
        using var index = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 2);
        await index.UpsertAsync(Enumerable.Range(1, 5).Select(i => Candidate($"DAL-{i}").Build()).ToArray());

        await index.SearchAsync(Everyone);
        var hits = (await index.SearchAsync(Everyone)).Hits;

        Assert.Equal(2, index.CachedProfiles);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"DAL-{i}"), hits.Select(h => h.Profile.Reference).Order());
    }

    [Fact]
    public async Task Should_see_the_writers_update_through_a_read_only_index()
    {
        using var writer = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory);
        using var reader = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, readOnly: true);
        await writer.UpsertAsync([Candidate("DAL-1").Available(24).Build()]);
        await reader.SearchAsync(Everyone);

        await writer.UpsertAsync([Candidate("DAL-1").Available(32).Build()]);

        Assert.Equal(32, (await reader.SearchAsync(Everyone)).Hits.Single().Profile.HoursAvailablePerWeek);
    }

    [Fact]
    public async Task Should_cache_the_profiles_of_an_existing_index_without_a_search()
    {
        using (var writer = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory))
            await writer.UpsertAsync(Enumerable.Range(1, 50).Select(i => Candidate($"DAL-{i}").Build()).ToArray());

        using var index = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 40);
        await index.WarmUp.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(40, index.CachedProfiles);
    }

    [Fact]
    public async Task Should_stop_warming_up_when_disposed()
    {
        using (var writer = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory))
            await writer.UpsertAsync(Enumerable.Range(1, 2000).Select(i => Candidate($"DAL-{i}").Build()).ToArray());

        var index = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory);
        index.Dispose();

        // Dispose waited for the pass, which ended without an error, and leaves nothing running; a second is a no-op.
        Assert.True(index.WarmUp.IsCompletedSuccessfully);
        index.Dispose();
        // The folder's write lock was released: the index opens again and reads every profile.
        using var reopened = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory);
        Assert.Equal(2000, await reopened.CountAsync());
    }

    public void Dispose() => _folder.Dispose();
}
