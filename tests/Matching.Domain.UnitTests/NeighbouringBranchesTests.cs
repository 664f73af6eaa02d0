using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests;

/// <summary>Branches in the same SBI section count partly for each other's branche experience.</summary>
public sealed class NeighbouringBranchesTests
{
    private static readonly Vacancy Campsite = Vacancy() with { Title = "Medewerker camping", Branche = Branche.Recreatie };

    private static CandidateProfile With(params WorkExperience[] experience) =>
        Candidate() with { Portfolio = EPortfolio.Empty with { WorkExperience = experience } };

    private static WorkExperience Years(Branche branche, double years) => new(branche, "medewerker", years);

    private static ScoredCandidate Scored(CandidateProfile candidate)
    {
        var eligibility = new EligibilityRules(PartyDirectory.RegionZwolleDefault)
            .Evaluate(Campsite, candidate, PartyDirectory.RegionZwolleDefault.Find("GM0148")!, Today);
        return new TransparentScorer().Score(Campsite, candidate, eligibility, 0, Today);
    }

    private static string BrancheReason(CandidateProfile candidate) =>
        Assert.Single(Scored(candidate).Explanation.Contributions, c => c.Factor == "ervaring_branche").Reason;

    [Theory]
    [InlineData(Branche.Productie, Branche.Voedingsindustrie)]
    [InlineData(Branche.Logistiek, Branche.Transport)]
    [InlineData(Branche.Schoonmaak, Branche.Facilitair)]
    [InlineData(Branche.Techniek, Branche.Bouw)]
    [InlineData(Branche.Onderwijs, Branche.Welzijn)]
    [InlineData(Branche.Recreatie, Branche.Horeca)]
    public void Branches_in_one_SBI_section_are_neighbours(Branche one, Branche other)
    {
        Assert.True(one.IsNeighbourOf(other));
        Assert.True(other.IsNeighbourOf(one));
    }

    [Theory]
    [InlineData(Branche.Detailhandel, Branche.Horeca)]
    [InlineData(Branche.Administratie, Branche.Facilitair)]
    [InlineData(Branche.Zorg, Branche.Schoonmaak)]
    [InlineData(Branche.Bouw, Branche.Metaal)]
    public void Branches_in_other_sections_are_not(Branche one, Branche other)
    {
        Assert.False(one.IsNeighbourOf(other));
    }

    [Fact]
    public void Neighbourhood_is_symmetric_and_no_branche_neighbours_itself()
    {
        foreach (var a in Enum.GetValues<Branche>())
        {
            Assert.False(a.IsNeighbourOf(a));
            foreach (var b in Enum.GetValues<Branche>())
                Assert.Equal(a.IsNeighbourOf(b), b.IsNeighbourOf(a));
        }
    }

    [Fact]
    public void A_year_in_a_neighbouring_branche_counts_less_than_one_in_the_own_branche_and_more_than_one_elsewhere()
    {
        var own = Scored(With(Years(Branche.Recreatie, 3))).Features;
        var neighbour = Scored(With(Years(Branche.Horeca, 3))).Features;
        var elsewhere = Scored(With(Years(Branche.Detailhandel, 3))).Features;

        Assert.True(own.BrancheExperience > neighbour.BrancheExperience, $"own {own.BrancheExperience}, neighbour {neighbour.BrancheExperience}");
        Assert.True(neighbour.BrancheExperience > 0);
        Assert.Equal(0, elsewhere.BrancheExperience);
        // The years in the vacancy's own branche stay what they are: a neighbour's years are not passed off as them.
        Assert.Equal(0, neighbour.BrancheYears);
    }

    [Fact]
    public void Four_years_in_a_neighbouring_branche_count_as_one_year_without_the_share_for_the_own_branche()
    {
        // One year weighs 1 / (1 + 2) of the years' half; only the vacancy's own branche earns the other half.
        Assert.Equal(1.0 / 6, Scored(With(Years(Branche.Horeca, 4))).Features.BrancheExperience, 4);
        Assert.Equal(0.5 + 1.0 / 6, Scored(With(Years(Branche.Recreatie, 1))).Features.BrancheExperience, 4);
    }

    [Fact]
    public void Any_experience_in_the_own_branche_earns_half_the_branche_points_however_short_or_long_ago()
    {
        var halfYear = Scored(With(Years(Branche.Recreatie, 0.5))).Features.BrancheExperience;
        var longAgo = Scored(With(Years(Branche.Recreatie, 2) with { EndedYear = 2001 })).Features.BrancheExperience;
        var tenYearsInTheNeighbour = Scored(With(Years(Branche.Horeca, 10))).Features.BrancheExperience;

        // 0.5 + 0.5 × 0.5 / 2.5 and 0.5 + 0.5 × 0.5 / 2.5 (two years at the 25% recency floor).
        Assert.Equal(0.6, halfYear, 4);
        Assert.Equal(0.6, longAgo, 4);
        Assert.True(tenYearsInTheNeighbour < 0.5, $"ten neighbouring years {tenYearsInTheNeighbour}");
    }

    [Fact]
    public void Years_in_a_neighbouring_branche_add_to_years_in_the_own()
    {
        var own = Scored(With(Years(Branche.Recreatie, 3))).Features;
        var both = Scored(With(Years(Branche.Recreatie, 3), Years(Branche.Horeca, 4))).Features;

        Assert.True(both.BrancheExperience > own.BrancheExperience);
        Assert.Equal(3, both.BrancheYears);
    }

    [Fact]
    public void The_explanation_names_the_neighbouring_branche_and_that_it_counts_a_quarter()
    {
        Assert.Equal("3 jaar ervaring in Horeca (verwante branche van Recreatie, telt een kwart)", BrancheReason(With(Years(Branche.Horeca, 3))));
        Assert.Equal("2 jaar ervaring in Recreatie; 4 jaar in Horeca (verwante branche, telt een kwart)",
            BrancheReason(With(Years(Branche.Recreatie, 2), Years(Branche.Horeca, 4))));
        Assert.Equal("geen ervaring in Recreatie", BrancheReason(With(Years(Branche.Detailhandel, 3))));
        Assert.Contains("geen ervaring in Recreatie zelf (wel in verwante branche Horeca)", Scored(With(Years(Branche.Horeca, 3))).Explanation.Missing);
    }
}
