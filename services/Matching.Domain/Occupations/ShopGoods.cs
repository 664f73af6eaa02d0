namespace Matching.Domain.Occupations;

/// <summary>
/// The kinds of goods ESCO's specialist sellers (5223.7, "verkoopspecialist X") sell, grouped as a netwerker groups
/// shops: a bouwmarkt's seller knows paint, tools and garden goods, a baker's counter the butcher's and the
/// greengrocer's, a shoe shop the clothes shop. Two specialist sellers of different kinds share the unit group but not
/// the goods: the development sets graded such candidates 0.09 on average (205 pairs in stop 41), against about 0.4
/// for a shop assistant of any kind (5223.6), so their relation is the minor group's, not the unit group's.
/// </summary>
internal static class ShopGoods
{
    private const string SpecialistSellers = "5223.7.";

    /// <summary>Per kind of goods, the specialist sellers' codes (a code not listed is a kind of its own).</summary>
    private static readonly string[][] Kinds =
    [
        // Building, DIY and garden: bouwmaterialen, ijzerwaren en verf, muur- en vloerbekleding, tuinartikelen.
        ["5223.7.7", "5223.7.21", "5223.7.17", "5223.7.18"],
        // Food and drink counters: brood en banket, dranken, suikerwaren, delicatessen, vis, groenten en fruit, vlees, tabak.
        ["5223.7.4", "5223.7.5", "5223.7.11", "5223.7.13", "5223.7.16", "5223.7.19", "5223.7.23", "5223.7.36"],
        // Fashion: kleding, juwelen en uurwerken, schoenen en lederwaren, sport- en kampeerartikelen, textiel.
        ["5223.7.8", "5223.7.22", "5223.7.31", "5223.7.33", "5223.7.35"],
        // Electronics and media: audio en video, computers, games, huishoudapparaten, beeld- en geluidsdragers, telecom.
        ["5223.7.2", "5223.7.9", "5223.7.10", "5223.7.14", "5223.7.26", "5223.7.34"],
        // Health, beauty and sight: audiologie, cosmetica en parfums, optiek, zorgartikelen, orthopedische artikelen.
        ["5223.7.3", "5223.7.12", "5223.7.15", "5223.7.24", "5223.7.27"],
        // Reading, paper and toys: boeken, kranten en tijdschriften, speelgoed.
        ["5223.7.6", "5223.7.29", "5223.7.37"],
        // Home: meubelen, muur- en vloerbekleding.
        ["5223.7.20", "5223.7.17"],
        // Second-hand and antiques.
        ["5223.7.30", "5223.7.32"],
    ];

    /// <summary>
    /// True when both are specialist sellers (or narrower) of kinds of goods no group above holds together: a
    /// bouwmarkt's seller and a perfumery's, not a bouwmarkt's and a paint shop's.
    /// </summary>
    public static bool SoldApart(Occupation one, Occupation other)
    {
        if (SpecialistCode(one.Code) is not { } a || SpecialistCode(other.Code) is not { } b || a == b) return false;
        foreach (var kind in Kinds)
            if (kind.Contains(a) && kind.Contains(b)) return false;
        return true;
    }

    /// <summary>
    /// The goods of the shop a shop assistant's or seller's title names (their settings in occupation-settings-nl.tsv), as
    /// the index of a kind above; a shop of its own kind (the bicycle shop) has none any specialist shares.
    /// </summary>
    private static readonly Dictionary<string, int> KindOfShop = new(StringComparer.Ordinal)
    {
        ["supermarkt"] = 1, ["bouwmarkt"] = 0, ["tuincentrum"] = 0, ["mode"] = 2, ["fietsen"] = -1,
    };

    /// <summary>The shop assistant (5223.6) and the seller (5223.4), whose titles name their shop rather than their goods.</summary>
    private static readonly string[] ShopStaff = ["5223.6", "5223.4"];

    /// <summary>
    /// True when one is the shop staff of a named shop (<paramref name="shops"/>, its settings) and the other a specialist
    /// seller of goods that shop's kind does not hold: a perfumery's seller for a garden centre's shop assistant vacancy.
    /// The development sets graded such pairs 0.25 on average (129 pairs in stop 42). No shop named: not apart.
    /// </summary>
    public static bool SoldApart(Occupation staff, IReadOnlySet<string> shops, Occupation specialist)
    {
        if (shops.Count == 0 || !IsShopStaff(staff) || SpecialistCode(specialist.Code) is not { } code) return false;
        foreach (var shop in shops)
            if (!KindOfShop.TryGetValue(shop, out var kind) || (kind >= 0 && Kinds[kind].Contains(code))) return false;
        return true;
    }

    /// <summary>Whether <paramref name="occupation"/> is shop staff whose title names the shop (<see cref="ShopStaff"/>).</summary>
    public static bool IsShopStaff(Occupation occupation) => ShopStaff.Contains(occupation.Code);

    /// <summary>"5223.7.21" of "5223.7.21" or of a narrower "5223.7.21.3"; null for any other code.</summary>
    private static string? SpecialistCode(string code)
    {
        if (!code.StartsWith(SpecialistSellers, StringComparison.Ordinal)) return null;
        var end = code.IndexOf('.', SpecialistSellers.Length);
        return end < 0 ? code : code[..end];
    }
}
