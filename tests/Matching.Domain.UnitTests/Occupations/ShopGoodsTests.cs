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
}
