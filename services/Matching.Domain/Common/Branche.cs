namespace Matching.Domain.Common;

/// <summary>Sector (branche) as the WSP Regio Zwolle groups employers and leerlijnen.</summary>
public enum Branche
{
    Bouw,
    Logistiek,
    Productie,
    Metaal,
    Voedingsindustrie,
    Zorg,
    Schoonmaak,
    Horeca,
    Detailhandel,
    Groen,
    Facilitair,
    Administratie,
    Transport,
    /// <summary>Techniek/Installatie: installers (electrical, plumbing, heat pumps, solar), maintenance engineers.</summary>
    Techniek,
    /// <summary>Agrarisch: farms, greenhouses, dairy (Groen is landscaping and nurseries).</summary>
    Agrarisch,
    /// <summary>Welzijn: social work, day care for adults, youth work.</summary>
    Welzijn,
    /// <summary>Onderwijs en kinderopvang: classroom and playground assistants, childcare.</summary>
    Onderwijs,
    /// <summary>Recreatie: campsites, holiday parks, sports and leisure.</summary>
    Recreatie,
}

public static class BrancheNames
{
    /// <summary>The branche as the WSP writes it ("Techniek/Installatie"); the enum name otherwise.</summary>
    public static string Dutch(this Branche branche) => branche switch
    {
        Branche.Techniek => "Techniek/Installatie",
        Branche.Onderwijs => "Onderwijs/Kinderopvang",
        _ => branche.ToString(),
    };
}
