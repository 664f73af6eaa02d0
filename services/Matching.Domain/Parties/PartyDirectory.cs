using System.Collections.Frozen;

namespace Matching.Domain.Parties;

/// <summary>
/// The parties of the labour-market region Zwolle (arbeidsmarktregio: 14 municipalities) and its subregions.
/// Dalfsen works in the subregion with Ommen, Hardenberg, Raalte and UWV (policy plan Dalfsen 2019).
/// </summary>
public sealed class PartyDirectory
{
    public const string RegionZwolle = "Arbeidsmarktregio Zwolle";
    public const string SubregionVechtdal = "Vechtdal";
    public const string SubregionZwolle = "Zwolle e.o.";
    public const string SubregionKop = "Kop van Overijssel en Zuidwest-Drenthe";

    private readonly FrozenDictionary<string, Party> _parties;

    public PartyDirectory(IEnumerable<Party> parties) =>
        _parties = parties.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);

    public static PartyDirectory RegionZwolleDefault { get; } = new(
    [
        new("GM0148", "Dalfsen", SubregionVechtdal, RegionZwolle),
        new("GM0175", "Ommen", SubregionVechtdal, RegionZwolle),
        new("GM0160", "Hardenberg", SubregionVechtdal, RegionZwolle),
        new("GM0177", "Raalte", SubregionVechtdal, RegionZwolle),
        new("UWV-ZWOLLE", "UWV Werkbedrijf regio Zwolle", SubregionVechtdal, RegionZwolle),
        new("GM0193", "Zwolle", SubregionZwolle, RegionZwolle),
        new("GM0166", "Kampen", SubregionZwolle, RegionZwolle),
        new("GM0244", "Hattem", SubregionZwolle, RegionZwolle),
        new("GM0246", "Heerde", SubregionZwolle, RegionZwolle),
        new("GM0269", "Oldebroek", SubregionZwolle, RegionZwolle),
        new("GM1896", "Zwartewaterland", SubregionZwolle, RegionZwolle),
        new("GM0180", "Staphorst", SubregionZwolle, RegionZwolle),
        new("GM1708", "Steenwijkerland", SubregionKop, RegionZwolle),
        new("GM0119", "Meppel", SubregionKop, RegionZwolle),
        new("GM1701", "Westerveld", SubregionKop, RegionZwolle),
    ]);

    public IReadOnlyCollection<Party> All => _parties.Values;

    public Party? Find(string? code) => code is not null && _parties.TryGetValue(code, out var party) ? party : null;

    public bool IsKnown(string? code) => Find(code) is not null;
}
