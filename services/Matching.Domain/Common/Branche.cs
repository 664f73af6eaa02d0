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
}
