using Matching.Domain.Occupations;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests.Occupations;

/// <summary>Occupations of one ISCO unit group whose work a netwerker does not exchange.</summary>
public sealed class WorkApartInUnitGroupTests
{
    private static readonly OccupationCatalogue Esco = OccupationCatalogue.Esco;

    [Theory]
    [InlineData("9333.4", "9333.8")] // verhuizer, magazijnmedewerker
    [InlineData("9333.4", "9333.8.1")] // verhuizer, orderpicker (narrower than the magazijnmedewerker)
    [InlineData("9212.2", "9212.4")] // paardenverzorger, medewerker veeteelt
    [InlineData("5142.11", "5142.5")] // zonneconsulent, grimeur
    [InlineData("7231.2", "7231.7")] // carrosserie- en voertuigbouwer, bandenmonteur
    [InlineData("7412.7", "7412.6")] // liftmonteur, reparateur huishoudelijke toestellen
    [InlineData("7123.1", "7123.2")] // plafondmonteur, stukadoor
    [InlineData("8212.4", "8212.2.1")] // operator SMT-machine, panelenbouwer (narrower than the electrical assembler)
    [InlineData("8212.3.1", "8212.2.3")] // assemblagetechnicus accusystemen, assemblagemedewerker kabelbomen
    [InlineData("7223.4.3", "7223.4.6")] // operator lasersnijmachine, frezer
    [InlineData("5223.5", "5223.6")] // medewerker verkoopadministratie, winkelmedewerker
    [InlineData("5312.3", "5312.2")] // onderwijsassistent voortgezet onderwijs (the TOA), onderwijsassistent basisonderwijs
    [InlineData("2635.3.15", "2635.3.27")] // thuislozenwerker, jeugdwelzijnswerker
    [InlineData("5142.2", "5142.8")] // medewerker schoonheidssalon (lash and brow stylist), pedicure
    public void Work_apart_in_one_unit_group_relates_as_the_minor_group_both_ways(string one, string other)
    {
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(Named(one), Named(other)));
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(Named(other), Named(one)));
    }

    [Theory]
    [InlineData("schoonheidsspecialist", "pedicure")] // 5142.1, which ESCO also gives the spa's staff
    [InlineData("carrosserie- en voertuigbouwer", "automonteur")] // 7231.1, which ESCO also gives the brake fitter
    [InlineData("liftmonteur", "reparateur elektrische gereedschappen")] // 7412.1, which ESCO also gives the accumonteur
    public void A_pair_of_the_table_by_a_code_two_occupations_share_is_apart_both_ways(string one, string other)
    {
        var a = Esco.Occupations.Single(o => o.PreferredLabel == one);
        var b = Esco.Occupations.Single(o => o.PreferredLabel == other);
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(a, b));
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(b, a));
    }

    [Fact]
    public void A_gardener_is_apart_from_a_tree_surgeon_s_vacancy_but_not_the_other_way_round()
    {
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(vacancy: Named("6113.6"), candidate: Named("6113.5")));
        Assert.Equal(OccupationRelation.SameUnitGroup, Esco.Relate(vacancy: Named("6113.5"), candidate: Named("6113.6")));
    }

    [Theory]
    [InlineData("7223.4.3", "7223.4")] // operator lasersnijmachine, operator CNC-machine
    [InlineData("7212.3.3", "7212.3")] // pijplasser, lasser
    [InlineData("2635.3.11", "2635.3")] // re-integratiedeskundige, sociaal werker
    public void A_narrower_occupation_apart_from_its_broader_one_relates_as_the_minor_group(string narrower, string broader)
    {
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(Named(narrower), Named(broader)));
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(Named(broader), Named(narrower)));
    }

    [Fact]
    public void Other_work_of_the_unit_group_still_shares_it()
    {
        Assert.Equal(OccupationRelation.SameUnitGroup, Esco.Relate(Named("9333.8"), Named("9333.2"))); // magazijnmedewerker, expeditiemedewerker
        Assert.Equal(OccupationRelation.SameUnitGroup, Esco.Relate(Named("7412.6"), Named("7412.2"))); // appliance repairer, auto-elektricien
        Assert.NotEqual(OccupationRelation.SameMinorGroup, Esco.Relate(Named("8212.4"), Named("8212.3"))); // SMT operator, electronics assembler
        Assert.Equal(OccupationRelation.Broader, Esco.Relate(Named("7212.3.2"), Named("7212.3"))); // laserlasser, lasser: still broader
    }
}
