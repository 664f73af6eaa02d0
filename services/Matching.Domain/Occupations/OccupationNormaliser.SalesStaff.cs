namespace Matching.Domain.Occupations;

/// <summary>Reading a shop's sales staff named with the shop ("verkoopmedewerker verfspeciaalzaak", "verkoper Gamma").</summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>
    /// "Verkoopmedewerker verfspeciaalzaak", "verkoopadviseur Leen Bakker", "baliemedewerker bouwmaterialenhandel": a
    /// general sales or counter word heads a title that names the shop, and the shop says which sales work it is, as
    /// "medewerker verfspeciaalzaak" reads (at most <see cref="InTitleConfidence"/>). Taken only when that is a sales
    /// worker's occupation (ISCO 52), so "baliemedewerker gemeente" stays the municipality's counter clerk.
    /// </summary>
    private OccupationMatch? SalesStaffOfNamedShop(string key)
    {
        if (ShopOfSalesStaff(key) is { } shop) return AsLabelInTitle(shop);
        // A chain's name is its shop where the words as written name none ("verkoopadviseur Leen Bakker": not the baker),
        // no surer than another spelling.
        return EmployerBrands.WithWorkplaces(key) is { } placed && ShopOfSalesStaff(placed) is { } chain ? AsOtherSpelling(chain) : null;
    }

    private OccupationMatch? ShopOfSalesStaff(string key)
    {
        foreach (var word in SalesStaffWords)
            if (key.Length > word.Length + 1 && key[word.Length] == ' ' && key.StartsWith(word, StringComparison.Ordinal)
                && Normalise(string.Concat("medewerker", key.AsSpan(word.Length))) is { Source: not (OccupationSource.HeadOfLabels or OccupationSource.CompoundParts) } shop
                && shop.Occupation.IscoSubMajorGroup == SalesWorkers)
                return shop;
        return null;
    }

    private const string SalesWorkers = "52";

    private static readonly string[] SalesStaffWords =
        ["verkoopmedewerker", "verkoper", "verkoopadviseur", "verkoopassistent", "winkelmedewerker", "winkelbediende", "winkelhulp", "baliemedewerker"];
}
