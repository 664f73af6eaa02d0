using Matching.Domain.Occupations;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests.Occupations;

/// <summary>Specialist sellers of one kind of goods and of another.</summary>
public sealed class ShopGoodsTests
{
    private static readonly OccupationCatalogue Esco = OccupationCatalogue.Esco;

    [Theory]
    [InlineData("5223.7.7", "5223.7.12")] // bouwmaterialen, cosmetica en parfums
    [InlineData("5223.7.15", "5223.7.31")] // optiek, schoenen en lederwaren
    [InlineData("5223.7.4", "5223.7.20")] // brood en banket, meubelen
    public void Specialist_sellers_of_other_goods_share_only_the_minor_group(string vacancy, string candidate)
    {
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(Named(vacancy), Named(candidate)));
        Assert.Equal(OccupationRelation.SameMinorGroup, Esco.Relate(Named(candidate), Named(vacancy)));
    }

    [Theory]
    [InlineData("5223.7.7", "5223.7.21")] // bouwmaterialen, ijzerwaren en verf: the bouwmarkt
    [InlineData("5223.7.4", "5223.7.23")] // brood en banket, vlees en vleeswaren: food counters
    [InlineData("5223.7.8", "5223.7.31")] // kleding, schoenen en lederwaren: fashion
    public void Specialist_sellers_of_the_same_kind_of_goods_share_the_unit_group(string vacancy, string candidate) =>
        Assert.Equal(OccupationRelation.SameUnitGroup, Esco.Relate(Named(vacancy), Named(candidate)));

    [Fact]
    public void A_shop_assistant_of_any_shop_still_shares_the_specialist_seller_s_unit_group() =>
        Assert.Equal(OccupationRelation.SameUnitGroup, Esco.Relate(Named("5223.7.7"), Named("5223.6"))); // winkelmedewerker

    [Theory]
    [InlineData("5223.6", "tuincentrum", "5223.7.12", true)] // a garden centre's shop assistant, a perfumery's seller
    [InlineData("5223.6", "supermarkt", "5223.7.20", true)] // the supermarket's, furniture
    [InlineData("5223.4", "fietsen", "5223.7.7", true)] // the bicycle shop's seller: a kind of its own
    [InlineData("5223.6", "tuincentrum", "5223.7.18", false)] // garden goods: the garden centre's own
    [InlineData("5223.6", "supermarkt", "5223.7.19", false)] // fruit and vegetables: the supermarket's
    [InlineData("5223.7.7", "tuincentrum", "5223.7.12", false)] // a specialist's own title says its goods already
    public void A_named_shop_s_staff_and_a_specialist_of_other_goods_are_sold_apart(string staff, string shop, string specialist, bool apart) =>
        Assert.Equal(apart, ShopGoods.SoldApart(Named(staff), new HashSet<string> { shop }, Named(specialist)));

    [Fact]
    public void A_shop_assistant_whose_title_names_no_shop_is_not_apart_from_any_specialist() =>
        Assert.False(ShopGoods.SoldApart(Named("5223.6"), new HashSet<string>(), Named("5223.7.12")));
}
