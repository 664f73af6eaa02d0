using Matching.Domain.Common;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

public abstract partial class CandidateIndexConformanceTests
{
    private const string SteigerbouwerVacancy =
        "Steigerbouwer. Opbouwen en afbreken van steigers op bouwprojecten, werken op hoogte in een ploeg. Betrouwbaar en flexibel.";

    [SkippableFact]
    public async Task A_lone_irrelevant_candidate_gets_little_text_relevance()
    {
        await Given(Candidate("barista").WithExperience(Branche.Horeca, "barista", 9.5).WithSkills("koffie", "betrouwbaarheid", "flexibel"));

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = SteigerbouwerVacancy });

        var hit = Assert.Single(result.Hits);
        Assert.True(result.TextScoreReference > 0);
        // Only soft skills in common: far from the full points the best hit of the request used to get.
        Assert.InRange(result.RelevanceOf(hit), 0, 0.1);
    }

    [SkippableFact]
    public async Task A_matching_candidate_gets_high_text_relevance_whoever_else_is_in_the_pool()
    {
        await Given(
            Candidate("steiger").WithExperience(Branche.Bouw, "steigerbouwer", 5).WithSkills("steigers opbouwen", "werken op hoogte"),
            Candidate("barista").WithExperience(Branche.Horeca, "barista", 9.5).OwnedBy(RegionZwolle.Ommen.Code));
        var query = AskedBy(RegionZwolle.Dalfsen) with { Text = SteigerbouwerVacancy };

        var all = await Index.SearchAsync(query);
        var dalfsenOnly = await Index.SearchAsync(query with { MunicipalityCodes = [RegionZwolle.Dalfsen.Code] });

        var inPool = all.Hits.Single(h => h.Profile.Reference == "steiger");
        var alone = Assert.Single(dalfsenOnly.Hits);
        Assert.True(all.RelevanceOf(inPool) >= 0.5);
        Assert.Equal(all.RelevanceOf(inPool), dalfsenOnly.RelevanceOf(alone), 6);
    }

    [SkippableFact]
    public async Task A_compound_meets_its_parts()
    {
        await Given(
            Candidate("compound").WithExperience(Branche.Logistiek, "heftruckchauffeur"),
            Candidate("other").WithExperience(Branche.Horeca, "kok"));

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = "rijden op de heftruck" });

        Assert.Equal("compound", result.Hits[0].Profile.Reference);
        Assert.True(result.Hits[0].TextScore > 0);
    }

    [SkippableFact]
    public async Task An_occupation_given_by_a_synonym_meets_the_preferred_label()
    {
        await Given(
            Candidate("synonym").WithExperience(Branche.Logistiek, "magazijnier"),
            Candidate("other").WithExperience(Branche.Horeca, "kok"));

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = "magazijnmedewerker" });

        Assert.Equal("synonym", result.Hits[0].Profile.Reference);
        Assert.True(result.Hits[0].TextScore > 0);
    }

    [SkippableTheory]
    [InlineData("communicatiemanager")]
    [InlineData("woordvoerder")]
    public async Task A_synonym_ESCO_files_under_two_occupations_meets_a_vacancy_for_either(string vacancyText)
    {
        // ESCO lists "persvoorlichter" under communicatiemanager and under woordvoerder; the words share no part.
        await Given(
            Candidate("synonym").WithExperience(Branche.Administratie, "persvoorlichter"),
            Candidate("other").WithExperience(Branche.Horeca, "kok"));

        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = vacancyText });

        Assert.Equal("synonym", result.Hits[0].Profile.Reference);
        Assert.True(result.Hits[0].TextScore > 0);
        Assert.Equal(0, result.Hits[1].TextScore);
    }
}
