using System.Text.RegularExpressions;
using Matching.Domain.Text;

namespace Matching.Domain.Occupations;

/// <summary>
/// Reading a title headed by a word that says on what terms someone worked, not what work, and a title with hours or an
/// aside that say only how much or on what terms ("32-38 uur", "(parttime)").
/// </summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>The terms-of-work words of work done unpaid, as a volunteer or an intern (<see cref="OccupationMatch.Unpaid"/>).</summary>
    private static readonly HashSet<string> UnpaidWords = new(StringComparer.Ordinal) { "vrijwilliger", "vrijwilligster", "stagiair", "stagiaire", "stage" };

    /// <summary>
    /// The terms-of-work words of someone new to the work ("starter magazijn", "instromer techniek"): they name no work,
    /// and alone no occupation either (ESCO's "starter" is a race starter, a referee's alternative label).
    /// </summary>
    private static readonly HashSet<string> BeginnerWords = new(StringComparer.Ordinal) { "starter", "starters", "instromer" };

    /// <summary>
    /// Staff words that say the terms (seasonal, on call, holiday, temporary, stand-in, Saturday or weekend, volunteer, intern,
    /// beginner) and name no work: ESCO gives some of them to one occupation ("seizoenskracht": plukker), which a title that
    /// names the workplace after them is not.
    /// </summary>
    private static readonly HashSet<string> TermsOfWorkWords = new(
    [
        "seizoenskracht", "seizoenkracht", "seizoensmedewerker", "seizoenmedewerker", "seizoenswerker", "seizoenwerker",
        "vakantiekracht", "vakantiemedewerker", "oproepkracht", "oproepmedewerker", "invalkracht", "uitzendkracht",
        "flexkracht", "flexmedewerker", "zaterdaghulp", "zaterdagkracht", "zaterdagmedewerker", "weekendhulp", "weekendkracht",
        "weekendmedewerker", .. UnpaidWords, .. BeginnerWords,
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TermsOfWorkSlice = TermsOfWorkWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnpaidSlice = UnpaidWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsUnpaid(ReadOnlySpan<char> word) => UnpaidSlice.Contains(word);

    /// <summary>
    /// A person's situation, not work, written where a job would be ("Huisvrouw / moeder", "Statushouder"): ESCO's
    /// spellings would read a housewife as a building cleaner and a status holder as a housing supervisor.
    /// </summary>
    private static readonly HashSet<string> SituationWords = new(StringComparer.Ordinal)
        { "huisvrouw", "huisman", "thuismoeder", "thuisvader", "moeder", "vader", "statushouder", "werkzoekende", "nieuwkomer" };

    /// <summary>
    /// Words that alone name no work: of work done unpaid or by someone new to it ("vrijwilliger", "starter"), and a
    /// person's situation ("huisvrouw"), looked up in place.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoWorkAloneSlice =
        new HashSet<string>([.. UnpaidWords, .. BeginnerWords, .. SituationWords], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word alone names no work (<see cref="NoWorkAloneSlice"/>).</summary>
    private static bool NamesNoWorkAlone(ReadOnlySpan<char> word) => NoWorkAloneSlice.Contains(word);

    /// <summary>Whether a key's first word is one of work done unpaid ("vrijwilliger keuken").</summary>
    private static bool HeadedByUnpaid(string key) => key.IndexOf(' ') is var space and > 0 && IsUnpaid(key.AsSpan(0, space));

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
            ? reading with { Confidence = Math.Min(reading.Confidence, InTitleConfidence), Unpaid = IsUnpaid(key.AsSpan(0, space)) }
            : null;
    }

    /// <summary>The text without its asides in brackets that say only on what terms or when the work is done; null when it has none.</summary>
    private static string? WithoutTermsAside(string text)
    {
        if (!text.Contains('(')) return null;
        var without = Bracketed().Replace(text, aside =>
        {
            var words = LabelWords.Of(aside.Value).ToArray();
            return words.Length > 0 && words.All(TermsAsideWords.Contains) && !words.All(GenderLetters.Contains) ? " " : aside.Value;
        });
        return without == text ? null : without;
    }

    /// <summary>An aside in brackets, innermost first ("(parttime)", "(BBL)").</summary>
    [GeneratedRegex(@"\([^()]*\)")]
    internal static partial Regex Bracketed();

    /// <summary>Words of an aside that say on what terms or when, not what work ("parttime", "oproep, m/v", "avond en weekend").</summary>
    private static readonly HashSet<string> TermsAsideWords = new(
    [
        .. HoursAndTermsWords, "oproepkracht", "bijbaan", "flexibel", "weekenden", "avond", "avonden", "ochtend", "ochtenden",
        "nacht", "nachten", "seizoenswerk", "u", "per", "week", "en", "of", "op", "basis", "m", "v", "x",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> GenderLetters = new(["m", "v", "x"], StringComparer.Ordinal);

    /// <summary>Hours of work written with their number: "32 uur", "24-32 uur", "20 tot 24 uren", "36u", "38 uur p/w".</summary>
    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?(?:\s*(?:-|–|tot|t/m|à)\s*\d+(?:[.,]\d+)?)?\s*(?:uur|uren|u)\b(?:\s*(?:per week|p/w|pw)\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoursOfWork();
}
