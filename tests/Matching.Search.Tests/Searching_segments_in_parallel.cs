using Matching.Domain.Common;
using Matching.Search.Lucene;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// Searching the segments of a large index in parallel and merging their windows returns exactly what one pass
/// returns: the same documents, in the same order, with the same scores, and the same total.
/// </summary>
public sealed class Searching_segments_in_parallel : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    [Theory]
    [InlineData("heftruckchauffeur magazijn orderpicken", 5)]
    [InlineData("schoonmaak", 40)]
    [InlineData("", 7)]
    public async Task Should_return_what_one_pass_returns(string text, int window)
    {
        using (var writer = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 0))
        {
            // Each batch is committed as its own segment.
            for (var batch = 0; batch < 4; batch++)
                await writer.UpsertAsync(Enumerable.Range(0, 15).Select(i => Candidate($"DAL-{batch}{i:00}")
                    .WithSkills(i % 3 == 0 ? "orderpicken" : "koken", i % 4 == 0 ? "schoonmaak" : "tuinieren")
                    .WithExperience(i % 2 == 0 ? Branche.Logistiek : Branche.Schoonmaak, i % 5 == 0 ? "heftruckchauffeur" : "medewerker", i % 7)
                    .Build()).ToArray());
        }
        using var store = new LuceneIndexStore(_folder.Path, new DutchCompoundAnalyzer(), readOnly: true);
        var match = new CandidateQueryBuilder(store.Analyzer, new FilterClauseCache(FilterClauseCache.DefaultBudgetBytes))
            .Build(new CandidateQuery { Text = text, VisibleTo = RegionZwolle.Dalfsen, ValidOn = new DateOnly(2025, 6, 1), Size = window });

        var (onePass, parallel, segments) = store.Read(searcher =>
        {
            var weight = new TextScoringCache().For(searcher, match).Weight;
            return (WindowSearch.InOnePass(searcher, weight, match.Eligibility, window), WindowSearch.InParallel(searcher, weight, match.Eligibility, window),
                searcher.IndexReader.Leaves.Count);
        });

        Assert.True(segments > 1, "the index has several segments");
        Assert.Equal(60, onePass.TotalHits);
        Assert.Equal(onePass.TotalHits, parallel.TotalHits);
        Assert.Equal(onePass.ScoreDocs.Select(d => d.Doc), parallel.ScoreDocs.Select(d => d.Doc));
        Assert.Equal(onePass.ScoreDocs.Select(d => d.Score), parallel.ScoreDocs.Select(d => d.Score));
        Assert.Equal(window, onePass.ScoreDocs.Length);
    }

    public void Dispose() => _folder.Dispose();
}
