using Matching.Domain.Common;
using Matching.Search.Lucene;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// What the embedded index makes of portfolio and vacancy text, on occupations outside the judged set (eval/): the
/// portfolio names every ESCO reading of a synonym, a word counts once however the decompounder reads it, and a
/// soft-skill word weighs a tenth as written, with its parts, while the same parts in other words keep full weight.
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

    [Theory]
    [InlineData("koerier", new[] { "koerier" })]
    [InlineData("pakketkoerier", new[] { "pakketkoerier", "koerier" })]
    [InlineData("koerier koerier", new[] { "koerier", "koerier" })]
    public void A_word_in_the_compound_dictionary_counts_once_per_time_it_is_written(string text, string[] terms)
    {
        Assert.Equal(terms, AnalyzedTerms.Of(Analyzer, CandidateFields.Portfolio, text, _ => 1f).SelectMany(t => Enumerable.Repeat(t.Key, (int)t.Value)));
    }

    [Fact]
    public void A_soft_skill_weighs_a_tenth_with_its_parts_and_their_other_words_keep_full_weight()
    {
        var match = new CandidateQueryBuilder(Analyzer, new FilterClauseCache(FilterClauseCache.DefaultBudgetBytes)).Build(new CandidateQuery
        {
            // "zelfstandig" is a soft skill (zelfstand, stand); "werken" and "communicatie" are no soft skills, though
            // they end "samenwerken" and begin "communicatief".
            Text = "Werken in de communicatie, zelfstandig. Samenwerken.",
            VisibleTo = RegionZwolle.Dalfsen,
            ValidOn = new DateOnly(2026, 11, 25),
        });

        var weights = match.TextTerms.ToDictionary(t => t.Term.Text, t => t.Boost);

        Assert.Equal(["werk", "communicatie", "zelfstand", "stand", "samenwerk"], weights.Keys);
        Assert.Equal(1.1f, weights["werk"], 5);
        Assert.Equal(1f, weights["communicatie"]);
        Assert.Equal(0.1f, weights["zelfstand"], 5);
        Assert.Equal(0.1f, weights["stand"], 5);
        Assert.Equal(0.1f, weights["samenwerk"], 5);
    }
}
