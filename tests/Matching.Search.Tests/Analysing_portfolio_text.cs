using Matching.Domain.Common;
using Matching.Search.Lucene;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// What the embedded index makes of portfolio and vacancy text, on occupations outside the judged set (eval/): the
/// portfolio names every ESCO reading of a synonym, and a soft-skill word weighs a tenth as written, with its parts,
/// while the same parts in other words keep full weight.
/// </summary>
public sealed class Analysing_portfolio_text
{
    private static readonly DutchCompoundAnalyzer Analyzer = new();

    [Fact]
    public void A_synonym_ESCO_files_under_two_occupations_names_both_in_the_portfolio()
    {
        // ESCO lists "gebouwenbeheerder" under conciërge and under manager gebouwbeheer en installaties.
        var text = PortfolioText.Of(Candidate("DAL-1").WithExperience(Branche.Facilitair, "gebouwenbeheerder").Build().Portfolio);

        Assert.Equal("gebouwenbeheerder\nconciërge manager gebouwbeheer en installaties\nFacilitair", text);
    }

    [Fact]
    public void An_occupation_named_by_its_label_is_not_repeated()
    {
        var text = PortfolioText.Of(Candidate("DAL-1").WithExperience(Branche.Administratie, "Woordvoerder").Build().Portfolio);

        Assert.Equal("Woordvoerder\nAdministratie", text);
    }

    [Fact]
    public void A_soft_skill_weighs_a_tenth_with_its_parts_and_their_other_words_keep_full_weight()
    {
        // "zelfstandig" is a soft skill (zelfstand, stand); "werken" and "communicatie" are no soft skills, though
        // they end "samenwerken" and begin "communicatief".
        var weights = WeightsOf("Werken in de communicatie, zelfstandig. Samenwerken.");

        Assert.Equal(["werk", "communicatie", "zelfstand", "stand", "samenwerk"], weights.Keys);
        Assert.True(weights["communicatie"] >= 1, $"communicatie weighs {weights["communicatie"]}");
        // "werken" at full weight, plus a tenth for the part of "samenwerken".
        Assert.Equal(WeightsOf("Werken")["werk"] + 0.1f, weights["werk"], 5);
        Assert.Equal(0.1f, weights["zelfstand"], 5);
        Assert.Equal(0.1f, weights["stand"], 5);
        Assert.Equal(0.1f, weights["samenwerk"], 5);
    }

    private static Dictionary<string, float> WeightsOf(string text) =>
        new CandidateQueryBuilder(Analyzer, new FilterClauseCache(FilterClauseCache.DefaultBudgetBytes))
            .Build(new CandidateQuery { Text = text, VisibleTo = RegionZwolle.Dalfsen, ValidOn = new DateOnly(2026, 11, 25) })
            .TextTerms.ToDictionary(t => t.Term.Text, t => t.Boost);
}
