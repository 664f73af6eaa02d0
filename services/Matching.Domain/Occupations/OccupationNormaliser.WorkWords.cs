using Matching.Domain.Text;

namespace Matching.Domain.Occupations;

/// <summary>The job a vacancy title names, and its work words, for titles ESCO does not know (<see cref="TitleLikeness"/>).</summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>
    /// The job a vacancy title names before what it says of the job: the text before a dash ("Montagemedewerker (m/v) - 32
    /// tot 40 uur", "Industrieel reiniger - ploegendienst") or before a gender marker that words follow ("Barmedewerker
    /// (m/v) grand café"). Null when the title has neither.
    /// </summary>
    internal static string? CoreTitle(string text)
    {
        var end = text.Length;
        foreach (var dash in Dashes)
        {
            var at = text.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && at < end) end = at;
        }
        foreach (var marker in GenderMarkers)
        {
            var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && at < end && text.AsSpan(at + marker.Length, end - at - marker.Length).ContainsAnyExcept(" ,.;:-–)")) end = at;
        }
        return end < text.Length && text.AsSpan(0, end).ContainsAnyExcept(" ,.;:/") ? text[..end] : null;
    }

    /// <summary>The job a title names, without gender marker (<see cref="CoreTitle"/>): "Postbezorger (m/v) - 24 uur" → "Postbezorger  ".</summary>
    internal static string JobOf(string title) => LabelWords.WithoutGenderMarkers(CoreTitle(title) ?? title);

    private static readonly string[] Dashes = [" - ", " – ", " — ", " | "];
    private static readonly string[] GenderMarkers = ["(m/v/x)", "(m/v)", "(v/m)", "(m/v/d)", "m/v/x", "m/v"];

    /// <summary>
    /// The words of a title that name the work, each with what it names as a compound (<see cref="WorkForms"/>), per job
    /// the title names (its sides of a slash): "Medewerker AGF / groente en fruit (m/v) supermarkt" → [[agf]], [[groente], [fruit]]. Staff words
    /// ("medewerker", "hulp"), joining words, words of how or when ("ploegendienst", "crew member") and words many
    /// occupations share are left out, as is what follows a dash or a gender marker (<see cref="CoreTitle"/>).
    /// </summary>
    public string[][][] WorkWords(string text)
    {
        var title = JobOf(text);
        var sides = new List<string[][]>();
        foreach (var side in title.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = new List<string[]>();
            foreach (var written in LabelWords.Of(side))
            {
                var word = LabelWords.WithoutAccents(written);
                if (word.Length < 3 || FunctionWords.Contains(word) || IsStaffWord(word) || QualifierWords.Contains(word) || IsGeneric(word)) continue;
                words.Add(WorkForms(word));
            }
            if (words.Count > 0) sides.Add([.. words]);
        }
        return [.. sides];
    }

    /// <summary>
    /// A work word and what it names as a compound: its head ("tankreiniger": reiniger), or the part before a staff word
    /// or a word for the person that heads it ("kwekerijmedewerker": kwekerij, "overblijfkracht": overblijf). A modifier alone is not the work ("tuin" of tuincentrum and of
    /// glastuinbouw).
    /// </summary>
    private string[] WorkForms(string word)
    {
        foreach (var person in PersonHeads)
            if (word.Length >= person.Length + 4 && word.EndsWith(person, StringComparison.Ordinal))
                return [word, word[..^person.Length]];
        string? head = null;
        foreach (var part in _compounds.AllParts(word))
            if (part.Length < word.Length && word.EndsWith(part, StringComparison.Ordinal) && part.Length > (head?.Length ?? 0)) head = part;
        if (head is null) return [word];
        if (IsStaffWord(head))
        {
            var work = word[..^head.Length].TrimEnd('-');
            if (work.EndsWith('s') && _compounds.Contains(work.AsSpan(0, work.Length - 1))) work = work[..^1]; // a linking s
            return work.Length >= 3 && !IsGeneric(work) ? [word, work] : [word];
        }
        return IsGeneric(head) || QualifierWords.Contains(head) ? [word] : [word, head];
    }

    /// <summary>Heads that name the person, not the work ("overblijfkracht", "overblijfmoeder": the work is overblijf).</summary>
    private static readonly HashSet<string> PersonHeads = new(["kracht", "man", "vrouw", "moeder", "vader", "meisje", "jongen", "dame", "heer"], StringComparer.Ordinal);

    /// <summary>Words of a vacancy title that say how or when the work is done, not what it is ("(ploegendienst)", "Crew member", "24 uur").</summary>
    private static readonly HashSet<string> QualifierWords = new(
    [
        .. HoursAndTermsWords, "dienst", "crew", "member", "allround", "allrounder",
        "ervaren", "junior", "senior", "startend", "starter", "regio", "omgeving", "gezocht",
        // Words of any job ("Medewerker algemeen", "Handige medewerker buitendienst", "Productiemedewerker diverse
        // werkzaamheden"): a medewerker of Algemene Zaken shares no work with the night shift's general hand.
        "algemeen", "algemene", "handig", "handige", "divers", "diverse", "werkzaamheden", "duizendpoot", "buitendienst", "binnendienst",
        // On what terms, not what work: a volunteer of a soup kitchen shares no work with a volunteers' coordinator.
        "vrijwilliger", "vrijwilligster", "vrijwilligers",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Words of hours, shifts and terms that name no work, in a title's words (<see cref="QualifierWords"/>) and in an
    /// aside (<see cref="TermsAsideWords"/>). A property, not a field: both sets are built from it in static
    /// initialisers of different files of this partial class.
    /// </summary>
    private static string[] HoursAndTermsWords =>
    [
        "uur", "uren", "dagdienst", "avonddienst", "nachtdienst", "ploegendienst", "ploegen", "weekend", "seizoen",
        "parttime", "fulltime", "tijdelijk", "vast", "oproep", "oproepbasis",
    ];
}
