using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Occupations;
using Matching.Domain.Scoring;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests.Occupations;

/// <summary>Unit groups ISCO-08 files apart whose work transfers, by the project's table (related-isco-groups.tsv).</summary>
public sealed class IscoRelatedWorkTests
{
    private static readonly OccupationCatalogue Esco = OccupationCatalogue.Esco;

    [Theory]
    [InlineData("4412.2", "8322.2")] // postbode, auto- en bestelwagenkoerier: both deliver on a round
    public void Listed_unit_groups_relate_as_related_work_both_ways(string one, string other)
    {
        Assert.Equal(OccupationRelation.RelatedWork, Esco.Relate(Named(one), Named(other)));
        Assert.Equal(OccupationRelation.RelatedWork, Esco.Relate(Named(other), Named(one)));
    }

    [Theory]
    [InlineData("5120.1.2", "5131.2")] // poissonnier, ober/serveerster: the same sector is not the same work
    [InlineData("4412.2", "8331.2")] // postbode, trambestuurder: a driver of passengers delivers nothing
    [InlineData("4412.1", "8322.2")] // postkamermedewerker, koerier: the table names the postbode alone in that unit group
    public void Unlisted_pairs_are_not_related_work(string one, string other) =>
        Assert.NotEqual(OccupationRelation.RelatedWork, Esco.Relate(Named(one), Named(other)));

    [Fact]
    public void The_table_holds_pairs_and_each_row_was_checked_at_load() =>
        Assert.True(Esco.RelatedWork.Count > 0);

    [Fact]
    public void Related_work_fits_like_the_same_minor_group_and_the_explanation_says_so()
    {
        var postbode = WithExperience(new WorkExperience(Branche.Transport, "postbode", 3, null, null));
        var fit = OccupationFit.For(Vacancy() with { Title = "Pakketbezorger" }, postbode, Today);
        var minorGroup = OccupationFit.For(Vacancy() with { Title = "Magazijnmedewerker" },
            WithExperience(new WorkExperience(Branche.Transport, "schappenvuller", 3, null, null)), Today);

        Assert.Equal(OccupationRelation.RelatedWork, fit.Relation);
        Assert.Equal(OccupationRelation.SameMinorGroup, minorGroup.Relation);
        Assert.Equal(minorGroup.Value, fit.Value);
        Assert.Equal("3 jaar als postbode (vergelijkbaar werk als auto- en bestelwagenkoerier)", OccupationReason("Pakketbezorger", postbode));
    }
}
