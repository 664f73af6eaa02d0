using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Occupations;
using Matching.Domain.Scoring;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests.Occupations;

/// <summary>Labourers and the trades or operators they assist in their industry (none of these occupations is in the judged set).</summary>
public sealed class IscoWorkplacesTests
{
    private static readonly OccupationCatalogue Esco = OccupationCatalogue.Esco;

    [Theory]
    [InlineData("9329.1", "8142.7")] // productiemedewerker, operator spuitgietmachine
    [InlineData("9321.1", "8152.3")] // textielopmaker, operator weefmachine
    public void An_operator_or_assembler_for_a_production_worker_s_vacancy_operated_on_that_floor(string labourer, string operatorOf)
    {
        Assert.Equal(OccupationRelation.OperatedOnProductionFloor, Esco.Relate(Named(labourer), Named(operatorOf)));
        Assert.True(OccupationRelation.OperatedOnProductionFloor.Weight() > OccupationRelation.SameWorkplace.Weight());
        // The production worker for the operator's vacancy: the same shop floor only.
        Assert.Equal(OccupationRelation.SameWorkplace, Esco.Relate(Named(operatorOf), Named(labourer)));
    }

    [Theory]
    [InlineData("9333.6", "8343.2")] // stuwadoor, kraandrijver haven (freight handler, crane operator)
    [InlineData("9333.6", "4321.1.3")] // stuwadoor, medewerker grondstoffenontvangst (freight handler, stock clerk)
    [InlineData("9214.2", "6113.5")] // tuinbouwmedewerker, hovenier (garden labourer, gardener)
    [InlineData("9212.4", "6121.4")] // medewerker veeteelt, varkenshouder (livestock labourer, animal producer)
    public void Labourers_and_the_operators_or_trade_they_assist_share_the_workplace_both_ways(string labourer, string trade)
    {
        Assert.Equal(OccupationRelation.SameWorkplace, Esco.Relate(Named(labourer), Named(trade)));
        Assert.Equal(OccupationRelation.SameWorkplace, Esco.Relate(Named(trade), Named(labourer)));
    }

    [Theory]
    [InlineData("9129.2", "9129.3")] // rioolreiniger, badmeester: ISCO's "other cleaning workers"
    [InlineData("9129.1", "9129.3")] // schoonmaker van gordijnen en tapijten, badmeester
    [InlineData("8160.11", "8160.15")] // operator snoepmachine, procesoperator diepvriesmaaltijden: 8160 holds every food line
    public void Occupations_of_a_unit_group_not_elsewhere_classified_share_only_its_minor_group(string one, string other) =>
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(Named(one), Named(other)));

    [Fact]
    public void Occupations_of_another_unit_group_share_it() =>
        Assert.Equal(OccupationRelation.SameUnitGroup, Esco.Relate(Named("9333.8"), Named("9333.6"))); // magazijnmedewerker, stuwadoor

    [Theory]
    [InlineData("9333.6", "8331.2")] // stuwadoor, trambestuurder: drivers of passengers handle no freight
    [InlineData("9321.1", "5120.1.2")] // textielopmaker, poissonnier: another industry
    [InlineData("8152.3", "8343.2")] // operator weefmachine, kraandrijver haven: two operators, no labourer
    [InlineData("9214.1", "6121.4")] // tuinier, varkenshouder: a garden labourer does not assist a livestock farmer
    public void Other_pairs_do_not(string one, string other)
    {
        Assert.Equal(OccupationRelation.None, Esco.Relate(Named(one), Named(other)));
    }

    [Fact]
    public void The_same_workplace_fits_less_than_the_same_unit_group_and_more_than_nothing()
    {
        static double Fit(string occupation) => OccupationFit.For(Vacancy() with { Title = "Operator weefmachine" },
            WithExperience(new WorkExperience(Branche.Productie, occupation, 3, null, null)), Today).Value;

        var unitGroup = Fit("operator breimachine");
        var workplace = Fit("textielopmaker");
        var none = Fit("poissonnier");

        Assert.True(unitGroup > workplace, $"unit group {unitGroup}, workplace {workplace}");
        Assert.True(workplace > none, $"workplace {workplace}, none {none}");
    }

    [Fact]
    public void The_explanation_says_they_share_the_workplace() =>
        Assert.Equal("3 jaar als textielopmaker (zelfde werkvloer als operator weefmachine)",
            OccupationReason("Operator weefmachine", WithExperience(new WorkExperience(Branche.Productie, "textielopmaker", 3, null, null))));
}
