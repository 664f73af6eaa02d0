using Matching.Domain.Common;
using Matching.Search.Lucene;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// A vacancy text's weight is built once per searcher and reused; a refreshed searcher (after new documents) builds
/// its own, so statistics and results follow the index; the text's self-score reference matches the index's counts.
/// </summary>
public sealed class Caching_text_weights : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    [Fact]
    public async Task Should_reuse_a_weight_per_searcher_and_build_a_new_one_after_a_refresh()
    {
        using var index = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 0);
        await index.UpsertAsync([Candidate("DAL-1").WithSkills("orderpicken").Build(), Candidate("DAL-2").WithSkills("koken").Build()]);
        var query = new CandidateQuery { Text = "orderpicken", VisibleTo = RegionZwolle.Dalfsen, ValidOn = new DateOnly(2025, 6, 1), Size = 10 };

        var first = await index.SearchAsync(query);
        var again = await index.SearchAsync(query);
        await index.UpsertAsync([Candidate("DAL-0").WithSkills("orderpicken").WithExperience(Branche.Logistiek, "orderpicker", 3).Build()]);
        var refreshed = await index.SearchAsync(query);

        Assert.Equal((1, 2), (index.TextScoring.Hits, index.TextScoring.Misses));
        Assert.Equal(first.Hits.Select(h => (h.Profile.Reference, h.TextScore)), again.Hits.Select(h => (h.Profile.Reference, h.TextScore)));
        Assert.Equal(first.TextScoreReference, again.TextScoreReference);
        Assert.Equal(["DAL-1", "DAL-2"], first.Hits.Select(h => h.Profile.Reference));
        Assert.Equal(3, refreshed.TotalEligible);
        Assert.Contains("DAL-0", refreshed.Hits.Take(2).Select(h => h.Profile.Reference));
        // One more document, one more holding the word: the word's idf changes, and with it the reference.
        Assert.NotEqual(first.TextScoreReference, refreshed.TextScoreReference);
    }

    [Fact]
    public async Task Should_take_each_terms_document_frequency_over_every_segment()
    {
        using (var writer = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 0))
            for (var batch = 0; batch < 3; batch++)
                await writer.UpsertAsync(Enumerable.Range(0, 5).Select(i => Candidate($"DAL-{batch}{i}")
                    .WithSkills(i < batch + 1 ? "orderpicken" : "koken").Build()).ToArray());
        using var store = new LuceneIndexStore(_folder.Path, new DutchCompoundAnalyzer(), readOnly: true);
        var match = new CandidateQueryBuilder(store.Analyzer, new FilterClauseCache(FilterClauseCache.DefaultBudgetBytes))
            .Build(new CandidateQuery { Text = "orderpicken", VisibleTo = RegionZwolle.Dalfsen, ValidOn = new DateOnly(2025, 6, 1), Size = 1 });

        var (segments, reference) = store.Read(searcher => (searcher.IndexReader.Leaves.Count, TextReference.Of(searcher.IndexReader, match.TextTerms)));

        Assert.True(segments > 1, "the index has several segments");
        var (_, boost) = Assert.Single(match.TextTerms);
        // 1 + 2 + 3 of the 15 documents hold the word.
        Assert.Equal(boost * Math.Log(1 + (15 - 6 + 0.5) / (6 + 0.5)), reference, 12);
    }

    public void Dispose() => _folder.Dispose();
}
