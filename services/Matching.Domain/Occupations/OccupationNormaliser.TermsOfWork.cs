namespace Matching.Domain.Occupations;

/// <summary>Reading a title headed by a word that says on what terms someone worked, not what work.</summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>
    /// Staff words that say the terms (seasonal, on call, holiday, temporary, stand-in) and name no work: ESCO gives some of
    /// them to one occupation ("seizoenskracht": plukker), which a title that names the workplace after them is not.
    /// </summary>
    private static readonly HashSet<string> TermsOfWorkWords = new(StringComparer.Ordinal)
    {
        "seizoenskracht", "seizoenkracht", "seizoensmedewerker", "seizoenmedewerker", "seizoenswerker", "seizoenwerker",
        "vakantiekracht", "vakantiemedewerker", "oproepkracht", "oproepmedewerker", "invalkracht", "uitzendkracht",
        "flexkracht", "flexmedewerker",
    };

    /// <summary>
    /// A volunteer or intern named without the work ("vrijwilliger") did no work a title says: not the volunteers'
    /// coordinator whose labels the word heads.
    /// </summary>
    private static bool NamesOnlyVolunteerOrIntern(string key) => key is "vrijwilliger" or "vrijwilligster" or "stagiair" or "stagiaire";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TermsOfWorkSlice = TermsOfWorkWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "Seizoenskracht bungalowpark", "seizoensmedewerker bloembollen": a terms-of-work word before the work or workplace
    /// reads as "medewerker" with it (the bungalow park's staff, the bulb grower's), when that reads; null otherwise, and
    /// the title is read as written.
    /// </summary>
    private OccupationMatch? WorkAfterTermsOfWork(string key)
    {
        var space = key.IndexOf(' ');
        if (space <= 0 || !TermsOfWorkSlice.Contains(key.AsSpan(0, space))) return null;
        return Normalise("medewerker " + key[(space + 1)..]) is { } reading
            ? reading with { Confidence = Math.Min(reading.Confidence, InTitleConfidence) }
            : null;
    }
}
