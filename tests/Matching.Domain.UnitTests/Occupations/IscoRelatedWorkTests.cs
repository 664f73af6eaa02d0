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
    // medewerker maaltijden, medewerker fastfood: counter service transfers to frying, but netwerkers graded a lunchroom's or
    // caterer's counter staff for a fastfood or pizza vacancy 0.1 on average (45 pairs), not as the same work
    [InlineData("5246.1", "9411.2")]
    public void Listed_unit_groups_relate_as_related_work_both_ways(string one, string other)
    {
        Assert.Equal(OccupationRelation.RelatedWork, Esco.Relate(Named(one), Named(other)));
        Assert.Equal(OccupationRelation.RelatedWork, Esco.Relate(Named(other), Named(one)));
    }

    [Theory]
    [InlineData("4222.1", "4223.1")] // klantenservicemedewerker, telefonist: one minor group (422), the same telephone work
    [InlineData("4224.1", "4226.1")] // hotelreceptionist, receptionist: more than the label they share
    [InlineData("5312.1", "5312.2")] // onderwijsassistent, that of the basisonderwijs: more than their unit group
    public void A_pair_listed_as_the_same_work_relates_so_within_a_minor_group_both_ways(string one, string other)
    {
        Assert.Equal(OccupationRelation.SameWork, Esco.Relate(Named(one), Named(other)));
        Assert.Equal(OccupationRelation.SameWork, Esco.Relate(Named(other), Named(one)));
    }

    [Theory]
    [InlineData("5120.1.2", "5131.2")] // poissonnier, ober/serveerster: the same sector is not the same work
    [InlineData("4412.2", "8331.2")] // postbode, trambestuurder: a driver of passengers delivers nothing
    [InlineData("4412.1", "8322.2")] // postkamermedewerker, koerier: the table names the postbode alone in that unit group
    public void Unlisted_pairs_are_not_related_work(string one, string other) =>
        Assert.NotEqual(OccupationRelation.RelatedWork, Esco.Relate(Named(one), Named(other)));

    [Theory]
    [InlineData("5163.1", "6113.1")] // begraafplaatsmedewerker, medewerker groenvoorziening: graded 1.8 on average (18 pairs, five sets)
    [InlineData("7121.1", "7411.1.4")] // dakdekker, monteur zonnepanelen: a unit group's row for one occupation
    public void A_pair_listed_as_near_work_relates_as_similar_tasks_both_ways(string one, string other)
    {
        Assert.Equal(OccupationRelation.SimilarTasks, Esco.Relate(Named(one), Named(other)));
        Assert.Equal(OccupationRelation.SimilarTasks, Esco.Relate(Named(other), Named(one)));
    }

    /// <summary>Near work relates above the minor group, so a row may name two of one (transfer may not: see below).</summary>
    [Fact]
    public void A_near_row_may_name_one_minor_group() =>
        Assert.Equal(1, Read(new StringReader("group\trelated\ttier\twhy\n8341.2\t8342.3\tnear\tmachines in the field\n")).Count);

    [Theory]
    [InlineData("9999\t8322\ttransfer\tno such group", "'9999' is neither")]
    [InlineData("7512.1\t8160.2 bakker\tsame\tnot that code's label", "'8160.2 bakker' is neither")]
    [InlineData("4412.9\t8322\ttransfer\tno such occupation", "'4412.9' is neither")]
    [InlineData("4412\t4419\ttransfer\tone minor group", "share a minor group, which relates them as much as work that transfers")]
    [InlineData("9333\t8344\tsame\tthe forklift driver's workplace", "share a workplace")]
    [InlineData("4412.2\t8322\ttransfer\tround\n8322\t4412.2\tsame\tagain", "listed twice")]
    [InlineData("4412.2\t8322\ttransfer\t", "needs two sides, a tier and why")]
    [InlineData("4412.2\t8322\tround", "needs two sides, a tier and why")]
    [InlineData("4412.2\t8322\tclose\tround", "tier 'close', not same, near or transfer")]
    public void A_row_the_table_cannot_hold_fails_the_load_naming_it(string rows, string problem)
    {
        var table = new StringReader("group\trelated\ttier\twhy\n" + rows + "\n");
        var failure = Assert.Throws<InvalidDataException>(() => Read(table));
        Assert.Contains(problem, failure.Message);
    }

    [Fact]
    public void The_shipped_table_holds_every_row_of_its_file()
    {
        using var file = new StreamReader(typeof(IscoRelatedWork).Assembly.GetManifestResourceStream("related-isco-groups.tsv")!);
        var rows = file.ReadToEnd().Split('\n').Skip(1).Count(line => line.Trim().Length > 0);
        Assert.Equal(rows, Esco.RelatedWork.Count);
    }

    [Theory]
    // A postbode for a pakketbezorger: work that transfers, weighed as the same minor group (schappenvuller, magazijnmedewerker).
    [InlineData("Pakketbezorger", "postbode", OccupationRelation.RelatedWork, "Magazijnmedewerker", "schappenvuller", OccupationRelation.SameMinorGroup,
        "3 jaar als postbode (vergelijkbaar werk als auto- en bestelwagenkoerier)")]
    public void A_listed_pair_fits_as_its_tier_says_and_the_explanation_says_so(string title, string held, OccupationRelation relation,
        string likeTitle, string likeHeld, OccupationRelation like, string reason)
    {
        var candidate = WithExperience(new WorkExperience(Branche.Transport, held, 3, null, null));
        var fit = OccupationFit.For(Vacancy() with { Title = title }, candidate, Today);
        var alike = OccupationFit.For(Vacancy() with { Title = likeTitle }, WithExperience(new WorkExperience(Branche.Transport, likeHeld, 3, null, null)), Today);

        Assert.Equal(relation, fit.Relation);
        Assert.Equal(like, alike.Relation);
        Assert.Equal(alike.Value, fit.Value);
        Assert.Equal(reason, OccupationReason(title, candidate));
    }

    /// <summary>
    /// A bakker for the bakery's production line: the same work, though the table lists their unit groups 7512 and 8160 as
    /// related work only; weighed above the same unit group (cv-monteur, loodgieter), as a close occupation read from other words.
    /// </summary>
    [Fact]
    public void The_same_work_under_another_group_fits_above_the_same_unit_group()
    {
        var candidate = WithExperience(new WorkExperience(Branche.Transport, "bakker", 3, null, null));
        var fit = OccupationFit.For(Vacancy() with { Title = "Productiemedewerker bakkerij" }, candidate, Today);
        var sameGroup = OccupationFit.For(Vacancy() with { Title = "Loodgieter" }, WithExperience(new WorkExperience(Branche.Transport, "cv-monteur", 3, null, null)), Today);

        Assert.Equal(OccupationRelation.SameWork, fit.Relation);
        Assert.Equal(OccupationRelation.SameUnitGroup, sameGroup.Relation);
        Assert.True(fit.Value > sameGroup.Value, $"{fit.Value} <= {sameGroup.Value}");
        Assert.Equal(OccupationRelation.CloseInOtherWords.Weight(), OccupationRelation.SameWork.Weight());
        Assert.Equal("3 jaar als bakker (zelfde werk als bakkerijmedewerker)", OccupationReason("Productiemedewerker bakkerij", candidate));
    }

    [Fact]
    public void A_side_with_a_label_names_that_occupation_alone()
    {
        // ESCO gives 8160.2 to the bakkerijmedewerker and the procesoperator cacaomolen; the table's same-work row names the first.
        Assert.Equal(OccupationRelation.SameWork, Esco.Relate(Esco.Find("8160.2", "bakkerijmedewerker", out _)!, Named("7512.1")));
        Assert.Equal(OccupationRelation.RelatedWork, Esco.Relate(Esco.Find("8160.2", "procesoperator cacaomolen", out _)!, Named("7512.1")));
        // A dairy worker (7513) stays related work for the bakery's line.
        Assert.Equal(OccupationRelation.RelatedWork, Esco.Relate(Esco.Find("8160.2", "bakkerijmedewerker", out _)!, Named("7513.1")));
    }

    private static IscoRelatedWork Read(TextReader table) =>
        IscoRelatedWork.Read(table, code => Esco.GroupLabel(code) is not null, (code, label) => (label is null ? Esco.Find(code) : Esco.Find(code, label, out _)) is not null);
}
