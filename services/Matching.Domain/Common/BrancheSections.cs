namespace Matching.Domain.Common;

/// <summary>
/// Which branches are neighbours: those whose main activities the CBS's Standaard Bedrijfsindeling (SBI 2008, the
/// Dutch NACE Rev. 2) files in the same section. Experience in a neighbouring branche is partly experience in the
/// vacancy's (the same kind of employer, work floor and rules), so it counts for part of the branche experience.
/// <list type="bullet">
/// <item>C industrie: Productie, Metaal, Voedingsindustrie.</item>
/// <item>F bouwnijverheid: Bouw, Techniek/Installatie (installatiebedrijven are SBI 43.2).</item>
/// <item>H vervoer en opslag: Logistiek, Transport.</item>
/// <item>N (81) facilitaire dienstverlening: Schoonmaak, Facilitair, and Groen's landscaping (81.3).</item>
/// <item>A landbouw: Agrarisch, and Groen's nurseries (01.3).</item>
/// <item>Q gezondheids- en welzijnszorg: Zorg, Welzijn, and Onderwijs/Kinderopvang's childcare (88.91).</item>
/// <item>I logies en horeca: Horeca, and Recreatie's campsites and holiday parks (55.2, 55.3).</item>
/// </list>
/// Detailhandel (G) has no neighbour; Administratie is a kind of work in every section, not a section, and has none.
/// </summary>
public static class BrancheSections
{
    private static readonly int Count = Enum.GetValues<Branche>().Length;

    /// <summary>[vacancy's branche, experience's branche]: worked out once, so a ranking window looks it up by two integers.</summary>
    private static readonly bool[,] Neighbours = BuildNeighbours();

    /// <summary>True when the two branches differ and share an SBI section (symmetric).</summary>
    public static bool IsNeighbourOf(this Branche branche, Branche other) =>
        (uint)branche < (uint)Count && (uint)other < (uint)Count && Neighbours[(int)branche, (int)other];

    /// <summary>The SBI 2008 sections of a branche's main activities.</summary>
    public static string Sections(this Branche branche) => branche switch
    {
        Branche.Productie or Branche.Metaal or Branche.Voedingsindustrie => "C",
        Branche.Bouw or Branche.Techniek => "F",
        Branche.Logistiek or Branche.Transport => "H",
        Branche.Schoonmaak or Branche.Facilitair => "N",
        Branche.Groen => "NA",
        Branche.Agrarisch => "A",
        Branche.Zorg or Branche.Welzijn => "Q",
        Branche.Onderwijs => "PQ",
        Branche.Horeca => "I",
        Branche.Recreatie => "RI",
        Branche.Detailhandel => "G",
        _ => "",
    };

    private static bool[,] BuildNeighbours()
    {
        var neighbours = new bool[Count, Count];
        foreach (var a in Enum.GetValues<Branche>())
            foreach (var b in Enum.GetValues<Branche>())
                neighbours[(int)a, (int)b] = a != b && a.Sections().AsSpan().IndexOfAny(b.Sections()) >= 0;
        return neighbours;
    }
}
