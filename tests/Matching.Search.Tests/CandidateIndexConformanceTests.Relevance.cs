using Matching.Domain.Common;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

public abstract partial class CandidateIndexConformanceTests
{
    [SkippableFact]
    public async Task Search_ranks_a_matching_portfolio_above_an_unrelated_one()
    {
        await Given(
            Candidate("a-zorg").WithExperience(Branche.Zorg, "helpende zorg en welzijn").WithSkills("zorg", "verzorgen"),
            Candidate("b-heftruck").WithExperience(Branche.Logistiek, "heftruckchauffeur").WithSkills("magazijn", "orderpicken"));

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = "Heftruckchauffeur in het magazijn" });

        Assert.Equal(["b-heftruck", "a-zorg"], result.Hits.Select(h => h.Profile.Reference));
        Assert.True(result.Hits[0].TextScore > 0);
        Assert.Equal(0, result.Hits[1].TextScore);
    }

    [SkippableFact]
    public async Task Search_matches_inflected_Dutch_words()
    {
        await Given(
            Candidate("a-other").WithSkills("koken"),
            Candidate("b-magazijnen").WithSkills("werken in magazijnen"));

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = "magazijn" });

        Assert.Equal("b-magazijnen", result.Hits[0].Profile.Reference);
        Assert.True(result.Hits[0].TextScore > 0);
    }

    [SkippableFact]
    public async Task Search_returns_eligible_candidates_when_no_word_matches()
    {
        await Given(Candidate("c-3").WithSkills("schoonmaken"), Candidate("a-1").WithSkills("koken"), Candidate("b-2"));

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = "astronaut ruimtevaart" });

        Assert.Equal(["a-1", "b-2", "c-3"], result.Hits.Select(h => h.Profile.Reference));
        Assert.All(result.Hits, hit => Assert.Equal(0, hit.TextScore));
        Assert.Equal(3, result.TotalEligible);
    }

    [SkippableFact]
    public async Task Search_orders_equal_scores_by_reference()
    {
        await Given(
            Candidate("ref-c").WithSkills("heftruck"),
            Candidate("ref-a").WithSkills("heftruck"),
            Candidate("ref-d"),
            Candidate("ref-b").WithSkills("heftruck"));

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = "heftruck" });

        Assert.Equal(["ref-a", "ref-b", "ref-c", "ref-d"], result.Hits.Select(h => h.Profile.Reference));
        Assert.Equal(result.Hits[0].TextScore, result.Hits[2].TextScore);
    }

    [SkippableFact]
    public async Task Filters_add_nothing_to_the_text_score()
    {
        await Given(
            Candidate("certified").WithSkills("heftruck").Holding("HEFTRUCK", new DateOnly(2020, 1, 1)),
            Candidate("other").WithSkills("heftruck"));
        var plain = AskedBy(RegionZwolle.Dalfsen) with { Text = "heftruck" };
        var filtered = plain with
        {
            RequiredCertificates = ["HEFTRUCK"],
            Steps = new StepRange(1, 6),
            MinHoursAvailable = 1,
            WorkLocation = Places.Centroid(Places.Dalfsen),
            MunicipalityCodes = [RegionZwolle.Dalfsen.Code],
        };

        var unfilteredScore = (await Index.SearchAsync(plain)).Hits.Single(h => h.Profile.Reference == "certified").TextScore;
        var filteredHit = Assert.Single((await Index.SearchAsync(filtered)).Hits);

        Assert.Equal(unfilteredScore, filteredHit.TextScore);
    }

    [SkippableTheory]
    [InlineData("title:(a OR b) AND \"x")]
    [InlineData("*:*")]
    [InlineData("\\")]
    [InlineData("heftruck~2 ma?azijn* [a TO z] {x TO y} +zorg -magazijn ^3 && || ! /regex/")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Search_treats_query_syntax_as_plain_words(string text)
    {
        await Given(Candidate("a-1").WithSkills("heftruck"), Candidate("b-2"));

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = text });

        Assert.Equal(2, result.TotalEligible);
        Assert.Equal(2, result.Hits.Count);
    }

    [SkippableFact]
    public async Task Search_accepts_very_long_text()
    {
        await Given(Candidate("a-1").WithSkills("heftruck"), Candidate("b-2"));
        var words = Enumerable.Range(0, 5000).Select(i => $"woord{i}").Prepend("heftruck");

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = string.Join(' ', words) });

        Assert.Equal(["a-1", "b-2"], result.Hits.Select(h => h.Profile.Reference));
    }

    [SkippableFact]
    public async Task Search_counts_all_eligible_candidates_when_size_is_smaller()
    {
        await Given(Enumerable.Range(1, 7).Select(i => Candidate($"cand-{i}").Build()).Append(
            Candidate("paused").WithStatus(Matching.Domain.Candidates.CandidateStatus.Paused)).ToArray());

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Size = 3 });

        Assert.Equal(7, result.TotalEligible);
        Assert.Equal(["cand-1", "cand-2", "cand-3"], result.Hits.Select(h => h.Profile.Reference));
    }
}
