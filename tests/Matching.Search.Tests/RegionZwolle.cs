using Matching.Domain.Parties;

namespace Matching.Search.Tests;

/// <summary>Parties of the default region directory the tests ask as.</summary>
public static class RegionZwolle
{
    public static PartyDirectory Directory => PartyDirectory.RegionZwolleDefault;

    /// <summary>Vechtdal subregion.</summary>
    public static Party Dalfsen { get; } = Get("GM0148");
    /// <summary>Vechtdal subregion, like Dalfsen.</summary>
    public static Party Ommen { get; } = Get("GM0175");
    public static Party Hardenberg { get; } = Get("GM0160");
    public static Party Raalte { get; } = Get("GM0177");
    /// <summary>Subregion "Zwolle e.o.": same region as Dalfsen, other subregion.</summary>
    public static Party Zwolle { get; } = Get("GM0193");
    public static Party Uwv { get; } = Get("UWV-ZWOLLE");

    /// <summary>The default directory with Dalfsen moved from Vechtdal to the subregion of Zwolle: a directory change.</summary>
    public static PartyDirectory DalfsenMovedToZwolle { get; } = new(PartyDirectory.RegionZwolleDefault.All
        .Select(p => p.Code == Dalfsen.Code ? p with { Subregion = PartyDirectory.SubregionZwolle } : p));

    private static Party Get(string code) =>
        Directory.Find(code) ?? throw new InvalidOperationException($"{code} is missing from the default directory.");
}
