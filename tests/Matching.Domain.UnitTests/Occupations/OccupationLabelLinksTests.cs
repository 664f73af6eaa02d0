using Matching.Domain.Occupations;

namespace Matching.Domain.UnitTests.Occupations;

/// <summary>
/// The relations ESCO states only in its Dutch labels, on occupations outside the judged set (eval/): pharmacy,
/// dietetics, opticians, roofing.
/// </summary>
public sealed class OccupationLabelLinksTests
{
    private static readonly OccupationCatalogue Catalogue = OccupationCatalogue.Esco;

    private static Occupation Named(string preferredLabel) =>
        Catalogue.Occupations.Single(o => o.PreferredLabel == preferredLabel);

    [Fact]
    public void A_label_ESCO_gives_the_bakery_line_for_its_shop_staff_links_no_shop_assistant_to_it()
    {
        var bakeryLine = Named("bakkerijmedewerker");
        Assert.Contains("winkelmedewerker", bakeryLine.AltLabels);
        var relation = Catalogue.Relate(vacancy: bakeryLine, candidate: Named("winkelmedewerker"));
        Assert.NotEqual(OccupationRelation.SharedLabel, relation);
        Assert.NotEqual(OccupationRelation.Close, relation);
    }

    [Theory]
    [InlineData("woonbegeleider", "verzorgende", "zorghulp")]
    [InlineData("handhaver toezicht en veiligheid", "gemachtigd opzichter", "verkeersbrigadier")]
    [InlineData("keukenhulp", "sous-chef", "kok")] // written with a hyphen, compared as a label key
    public void A_label_ESCO_misplaces_links_no_one_by_it(string occupation, string label, string other)
    {
        var misplaced = Named(occupation);
        Assert.Contains(misplaced.AltLabels, l => string.Equals(l, label, StringComparison.OrdinalIgnoreCase));
        Assert.False(Catalogue.Links.ShareALabel(misplaced, Named(other)));
    }

    [Theory]
    [InlineData("hulpautomonteur", "automonteur")]
    [InlineData("hulpapotheker", "apotheker")]
    [InlineData("assistent kapper", "kapper")]
    [InlineData("assistente chiropractor", "chiropractor")]
    [InlineData("opperman dakdekker", "dakdekker")]
    [InlineData("leerling bakker", "bakker")]
    public void A_helper_word_before_a_name_names_the_trade_it_helps(string label, string trade) =>
        Assert.Equal(trade, OccupationLabelLinks.HelpedTrade(label));

    [Theory]
    [InlineData("medewerker bediening")]
    [InlineData("apothekersassistent")]
    [InlineData("hulp")]
    public void A_label_without_a_leading_helper_word_names_no_trade(string label) =>
        Assert.Null(OccupationLabelLinks.HelpedTrade(label));

    [Fact]
    public void Work_named_after_its_maker_stands_for_the_maker()
    {
        Assert.Contains("timmerman", OccupationLabelLinks.MakersOfWork("timmerwerk"));
        Assert.Contains("voeger", OccupationLabelLinks.MakersOfWork("voegwerk"));
        Assert.Contains("metselaar", OccupationLabelLinks.MakersOfWork("metselwerken"));
        Assert.Empty(OccupationLabelLinks.MakersOfWork("dakdekker"));
    }

    [Theory]
    [InlineData("apothekersassistent", "apotheker")] // "hulpapotheker"
    [InlineData("assistent-diëtist", "diëtist")] // "assistent diëtist"
    [InlineData("psychologieassistent", "psycholoog")] // "assistent-psycholoog"
    [InlineData("voorman dakbedekking", "dakdekker")] // "opperman dakdekker"
    public void An_occupation_ESCO_calls_a_helper_of_a_trade_helps_that_trade(string helper, string trade)
    {
        Assert.True(Catalogue.Links.Helps(Named(helper), Named(trade)));
        Assert.False(Catalogue.Links.Helps(Named(trade), Named(helper)));
    }

    [Fact]
    public void Occupations_ESCO_gives_the_same_name_share_a_label_both_ways()
    {
        // Both are called "brillenverkoper".
        Assert.True(Catalogue.Links.ShareALabel(Named("opticien"), Named("verkoopspecialist optiek")));
        Assert.True(Catalogue.Links.ShareALabel(Named("verkoopspecialist optiek"), Named("opticien")));
        Assert.False(Catalogue.Links.ShareALabel(Named("opticien"), Named("apotheker")));
    }

    [Fact]
    public void An_occupation_ESCO_calls_by_another_of_its_unit_group_s_name_is_linked_to_it()
    {
        // ESCO calls the weersvoorspeller (2112) "meteoroloog", the preferred label of another 2112 occupation; the
        // klimatoloog, in the same unit group, it gives no name of the weersvoorspeller's.
        var weersvoorspeller = Named("weersvoorspeller");
        Assert.True(Catalogue.Links.NameTheOther(weersvoorspeller, Named("meteoroloog")));
        Assert.True(Catalogue.Links.NameTheOther(Named("meteoroloog"), weersvoorspeller));
        // ESCO also lists the weersvoorspeller under the meteoroloog: the broader occupation decides first.
        Assert.Equal(OccupationRelation.Broader, Catalogue.Relate(vacancy: Named("meteoroloog"), candidate: weersvoorspeller));
        Assert.Equal(OccupationRelation.Broader, Catalogue.Relate(vacancy: weersvoorspeller, candidate: Named("meteoroloog")));
        Assert.Equal(OccupationRelation.SameUnitGroup, Catalogue.Relate(vacancy: weersvoorspeller, candidate: Named("klimatoloog")));
    }

    [Fact]
    public void A_name_many_occupations_share_links_none_of_them()
    {
        // ESCO calls four occupations "productontwikkelaar"; that is all a tourism product manager and a developer of
        // games of chance have in common.
        Assert.True(Catalogue.Occupations.Count(o => o.AltLabels.Contains("productontwikkelaar")) > OccupationLabelLinks.MaxOccupationsPerSharedLabel);
        Assert.False(Catalogue.Links.ShareALabel(Named("productmanager toerisme"), Named("ontwikkelaar van kansspelen")));
    }

    [Fact]
    public void A_helper_relates_to_its_trade_closer_than_the_trade_to_the_helper()
    {
        // ESCO calls the psychologieassistent (3259) "assistent-psycholoog"; the psycholoog is 2634.
        var psycholoog = Named("psycholoog");
        var assistent = Named("psychologieassistent");

        Assert.Equal(OccupationRelation.HelpsInTrade, Catalogue.Relate(vacancy: psycholoog, candidate: assistent));
        Assert.Equal(OccupationRelation.TradeHelped, Catalogue.Relate(vacancy: assistent, candidate: psycholoog));
        Assert.True(OccupationRelation.HelpsInTrade.Weight() > OccupationRelation.SharedLabel.Weight());
        Assert.True(OccupationRelation.SharedLabel.Weight() > OccupationRelation.TradeHelped.Weight());
        Assert.True(OccupationRelation.SameUnitGroup.Weight() > OccupationRelation.SharedLabel.Weight());
    }

    [Fact]
    public void Every_relation_is_at_least_as_heavy_as_every_less_close_one()
    {
        var ordered = Enum.GetValues<OccupationRelation>().Order().Select(r => r.Weight()).ToArray();
        Assert.Equal(ordered.Order(), ordered);
    }
}
