using Matching.Domain.Occupations;

namespace Matching.Workbench.Pages.Vacatures;

/// <summary>
/// What a netwerker types to set a vacancy's occupation, read as one ESCO occupation: a code or uuid ("9111.1"), or an
/// occupation's own name (ESCO's or the project's: "huishoudelijke hulp"). A title that only contains a name is not
/// taken: the netwerker is asked for the name or the code of what it reads as, so what is stored is what they chose.
/// </summary>
public static class BeroepKeuze
{
    public const int MaxLength = 200;

    /// <summary>The code to store (the uuid where ESCO gives a code to two occupations) and its occupation, or a Dutch problem naming the field.</summary>
    public static (string? Code, Occupation? Occupation, string? Problem) Read(string? text)
    {
        var written = text?.Trim() ?? "";
        if (written.Length == 0) return (null, null, "Beroep: vul een ESCO-code (bijvoorbeeld 9111.1) of een beroepsnaam in.");
        if (written.Length > MaxLength) return (null, null, $"Beroep: gebruik hoogstens {MaxLength} tekens.");
        var catalogue = OccupationNormaliser.Esco.Catalogue;
        if (catalogue.Find(written) is { } byCode) return (written, byCode, null);
        var reading = OccupationNormaliser.Esco.Normalise(written);
        if (reading is { Source: OccupationSource.PreferredLabel or OccupationSource.AlternativeLabel or OccupationSource.IscoGroupName })
            return (catalogue.Find(reading.Occupation.Code) is null ? reading.Occupation.Uuid : reading.Occupation.Code, reading.Occupation, null);
        return reading is null
            ? (null, null, $"Beroep: '{written}' is geen ESCO-code en geen beroepsnaam die wij kennen. Vul een ESCO-code in of een andere naam.")
            : (null, null, $"Beroep: '{written}' is geen beroepsnaam. Bedoelt u {reading.Occupation.PreferredLabel}? Vul dan {reading.Occupation.Code} in.");
    }
}
