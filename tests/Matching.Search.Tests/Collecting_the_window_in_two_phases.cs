using Lucene.Net.Search;
using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Search.Lucene;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// The window collected in two phases (the text disjunction over the eligible documents, then, only when fewer than
/// the window share a word, the rest by reference at score 0) is exactly what one pass returned before: the text
/// query plus a zero-boost match-all clause over every eligible document, into the same (score, reference) window.
/// The index has several segments, deleted documents, ineligible ones, many identical portfolios (ties) and many
/// without a word in common with the vacancy.
/// </summary>
public sealed class Collecting_the_window_in_two_phases : IDisposable
{
    private static readonly Sort ScoreThenReference =
        new(SortField.FIELD_SCORE, new SortField(CandidateFields.Reference, SortFieldType.STRING));

    private readonly TempIndexFolder _folder = new();

    [Theory]
    // Fewer text matches than the window: the zero-score rest fills it by reference.
    [InlineData("heftruckchauffeur magazijn orderpicken", 100, false, true)]
    [InlineData("schoonmaak", 60, true, true)]
    // More text matches than the window: the rest is never offered.
    [InlineData("orderpicken koken schoonmaak tuinieren", 10, false, false)]
    [InlineData("schoonmaak schoonmaak betrouwbaar", 5, true, false)]
    // No text: every eligible document scores 0, ordered by reference.
    [InlineData("", 7, false, true)]
    // A word nobody has.
    [InlineData("astronaut", 30, true, true)]
    public async Task Should_return_what_one_pass_over_every_eligible_document_returns(string text, int window, bool nearZwolle, bool filledByReference)
    {
        await IndexWithDeletesAndTiesAsync();
        using var store = new LuceneIndexStore(_folder.Path, new DutchCompoundAnalyzer(), readOnly: true);
        var match = new CandidateQueryBuilder(store.Analyzer, new FilterClauseCache(FilterClauseCache.DefaultBudgetBytes)).Build(new CandidateQuery
        {
            Text = text, VisibleTo = RegionZwolle.Dalfsen, ValidOn = new DateOnly(2025, 6, 1), Size = window,
            WorkLocation = nearZwolle ? Places.Centroid(Places.Zwolle) : null, MaxDistanceKm = nearZwolle ? 30 : null,
        });

        var (expected, onePass, parallel, segments, deletes) = store.Read(searcher =>
        {
            var weight = new TextScoringCache().For(searcher, match).Weight;
            return (OnePassOverEveryEligible(searcher, match, window), WindowSearch.InOnePass(searcher, weight, match.Eligibility, window),
                WindowSearch.InParallel(searcher, weight, match.Eligibility, window), searcher.IndexReader.Leaves.Count,
                searcher.IndexReader.NumDeletedDocs);
        });

        Assert.True(segments > 1, "the index has several segments");
        Assert.True(deletes > 0, "the index has deleted documents");
        Assert.InRange(expected.TotalHits, window + 1, int.MaxValue);
        Assert.Equal(window, expected.ScoreDocs.Length);
        Assert.Equal(filledByReference, expected.ScoreDocs.Any(d => d.Score == 0));
        foreach (var actual in new[] { onePass, parallel })
        {
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => d.Doc), actual.ScoreDocs.Select(d => d.Doc));
            Assert.Equal(expected.ScoreDocs.Select(d => d.Score), actual.ScoreDocs.Select(d => d.Score));
        }
    }

    [Fact]
    public async Task Should_count_every_eligible_document_without_collecting()
    {
        await IndexWithDeletesAndTiesAsync();
        using var store = new LuceneIndexStore(_folder.Path, new DutchCompoundAnalyzer(), readOnly: true);
        var match = new CandidateQueryBuilder(store.Analyzer, new FilterClauseCache(FilterClauseCache.DefaultBudgetBytes))
            .Build(new CandidateQuery { Text = "schoonmaak", VisibleTo = RegionZwolle.Dalfsen, ValidOn = new DateOnly(2025, 6, 1), Size = 0 });

        var (expected, counted) = store.Read(searcher =>
            (OnePassOverEveryEligible(searcher, match, 1).TotalHits, WindowSearch.Count(searcher, match.Eligibility)));

        // 4 batches of 40, of which 8 re-registered (deleted, then added again) and 16 withdrawn.
        Assert.Equal(160 - 16, expected);
        Assert.Equal(expected, counted);
    }

    /// <summary>The search as it was: the text query plus a match-all clause with boost 0, filtered, in one pass.</summary>
    private static TopDocs OnePassOverEveryEligible(IndexSearcher searcher, CandidateMatchQuery match, int window)
    {
        var relevance = new BooleanQuery(disableCoord: true);
        foreach (var (term, boost) in match.TextTerms) relevance.Add(new TermQuery(term) { Boost = boost }, Occur.SHOULD);
        relevance.Add(new MatchAllDocsQuery { Boost = 0 }, Occur.SHOULD);
        var collector = TopFieldCollector.Create(ScoreThenReference, window, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
        searcher.Search(new FilteredQuery(relevance, match.Eligibility), collector);
        return collector.GetTopDocs();
    }

    /// <summary>Four segments of 40; a fifth re-registers 8 of the first (deleting their old documents); every tenth withdrawn.</summary>
    private async Task IndexWithDeletesAndTiesAsync()
    {
        using var writer = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory, profileCacheSize: 0);
        for (var batch = 0; batch < 4; batch++)
            await writer.UpsertAsync(Enumerable.Range(0, 40).Select(i => Generated($"DAL-{batch}{i:00}", batch * 40 + i)).ToArray());
        await writer.UpsertAsync(Enumerable.Range(0, 8).Select(i => Generated($"DAL-0{i * 5:00}", 1000 + i)).ToArray());
    }

    /// <summary>
    /// Few distinct portfolios, so many candidates tie on score; a third share no word with the texts above, and most
    /// live in Zwolle or Dalfsen (within 30 km of Zwolle's centre), the others in Hardenberg (beyond).
    /// </summary>
    private static CandidateProfile Generated(string reference, int n)
    {
        var candidate = Candidate(reference).LivingIn((n % 7) switch { < 3 => Places.Zwolle, < 5 => Places.Dalfsen, _ => Places.Hardenberg }).Travelling(40);
        candidate = (n % 6) switch
        {
            0 or 1 => candidate.WithSkills("tuinieren").WithExperience(Branche.Groen, "hovenier", 2),
            2 => candidate.WithSkills("orderpicken", "koken").WithExperience(Branche.Logistiek, "magazijnmedewerker", n % 4),
            3 => candidate.WithSkills("schoonmaak", "betrouwbaar").WithExperience(Branche.Schoonmaak, "schoonmaker", 1),
            4 => candidate.WithSkills("koken").WithExperience(Branche.Horeca, "kok", 3),
            _ => candidate.WithSkills("orderpicken").WithExperience(Branche.Logistiek, n % 5 == 0 ? "heftruckchauffeur" : "medewerker", 2),
        };
        return (n % 10 == 9 ? candidate.WithStatus(CandidateStatus.Withdrawn) : candidate).Build();
    }

    public void Dispose() => _folder.Dispose();
}
