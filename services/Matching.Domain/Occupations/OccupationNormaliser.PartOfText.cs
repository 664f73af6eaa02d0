namespace Matching.Domain.Occupations;

/// <summary>
/// Reading a text that reads as nothing whole by the part of it that names the work (<see cref="WorkBeforePlace"/>,
/// <see cref="PartOfText"/>).
/// </summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>Most a reading of part of a text is trusted: the words left out may have named other work.</summary>
    private const double PartOfTextConfidence = 0.6;

    /// <summary>Words left out at the ends of a text, at most, to find the part that names the work.</summary>
    private const int MaxWordsLeftOut = 2;

    /// <summary>
    /// A text that reads as nothing otherwise, read by a part of it (at most <see cref="PartOfTextConfidence"/>): the text
    /// without what it says between brackets, read as a whole text is ("vrachtwagen monteur (Scania)"; "maaltijdbezorger
    /// (fiets)" as the word heading the couriers' labels); else without one or two words at its end that say where or
    /// for whom the work was done ("cassiere tankstation", "medewerker productie zuivelfabriek FrieslandCampina"), or
    /// without a first word that says on what terms ("bijbaan bediening", "uitzendkracht fabriek"); else what it says
    /// between brackets. Such a part is not a word read only as the head of longer labels ("aanleg" of "aanleg
    /// groendaken"), and a first word that may name the job ("roosterplanner thuiszorg") is not left out.
    /// </summary>
    private OccupationMatch? PartOfText(string text, string key)
    {
        if (t_readingPart) return null;
        t_readingPart = true;
        try
        {
            var open = text.IndexOf('(');
            var close = open < 0 ? -1 : text.IndexOf(')', open);
            // A gender marker ("(m/v)") is no aside: the key holds none.
            var inside = close > open + 1 ? Key(text[(open + 1)..close]) : "";
            var aside = inside.Length > 0;
            if (aside)
            {
                var outside = Key(string.Concat(text.AsSpan(0, open), " ", text.AsSpan(close + 1)));
                if (outside.Length > 0 && Normalise(outside) is { } withoutAside
                    && (withoutAside.Source != OccupationSource.HeadOfLabels || withoutAside.Confidence >= InTitleHeadConfidence))
                    return AsPart(withoutAside);
                key = outside;
            }
            var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var firstKept = words.Length > 1 && TermsWords.Contains(words[0]) ? 1 : 0;
            for (var atStart = 0; atStart <= firstKept; atStart++)
                for (var leftOut = atStart == 0 ? 1 : 0; leftOut <= MaxWordsLeftOut && words.Length - atStart - leftOut >= 1; leftOut++)
                    if (MayLeaveOut(words, words.Length - leftOut) && Part(string.Join(' ', words, atStart, words.Length - atStart - leftOut)) is { } part)
                        return part;
            return aside ? Part(inside) : null;
        }
        finally
        {
            t_readingPart = false;
        }
    }

    /// <summary>
    /// "productie bij Bolletje", "inpakmachine bedienen bij een zuivelfabriek", "klinkers leggen voor de gemeente": a
    /// text that reads as nothing otherwise, whose words before a preposition name the work and the rest where or for
    /// whom it was done, reads as those words (at most <see cref="PartOfTextConfidence"/>; unlike <see cref="PartOfText"/>, a vacancy title read so counts as read).
    /// </summary>
    private OccupationMatch? WorkBeforePlace(string key)
    {
        foreach (var preposition in PlacePrepositions)
        {
            if (key.IndexOf(preposition, StringComparison.Ordinal) is not (> 0 and var at)) continue;
            // "medewerker bij albert heijn": the staff word alone names nothing, the title without the preposition does.
            var place = key[(at + preposition.Length)..];
            foreach (var article in Articles)
                if (place.StartsWith(article, StringComparison.Ordinal)) place = place[article.Length..];
            // A word read only as the head of longer labels ("meewerkend": meewerkend voorman) says too little here.
            if ((Normalise(key[..at]) ?? Normalise(string.Concat(key.AsSpan(0, at), " ", place))) is { } work
                && work.Source != OccupationSource.HeadOfLabels)
                return work with { Confidence = Math.Min(work.Confidence, PartOfTextConfidence) };
        }
        return null;
    }

    private static readonly string[] PlacePrepositions = [" bij ", " voor ", " aan ", " op ", " in ", " via "];

    private static bool IsPlacePreposition(ReadOnlySpan<char> word)
    {
        foreach (var preposition in PlacePrepositions)
            if (word.SequenceEqual(preposition.AsSpan(1, preposition.Length - 2))) return true;
        return false;
    }

    /// <summary>
    /// The job the words before a place name ("slager" of "slager in de supermarkt"), at most <see cref="PartOfTextConfidence"/>;
    /// null when they name no job of their own: terms ("stagiair in de keuken"), a staff word alone, a word read only as
    /// the head of longer labels.
    /// </summary>
    private OccupationMatch? JobBeforePlace(string before) =>
        !TermsWords.Contains(before) && !IsStaffWord(before) && !IsGeneric(before)
        && Normalise(before) is { Source: not OccupationSource.HeadOfLabels } job
            ? AsLabelInTitle(job, PartOfTextConfidence)
            : null;

    private static readonly string[] Articles = ["de ", "het ", "een "];

    /// <summary>
    /// Whether the words from <paramref name="end"/> on may be left out: not a staff word naming the person ("koks hulp"
    /// is no kok) nor the second half of two things joined ("medewerker koffie- en broodjeszaak" is no koffiemaler).
    /// </summary>
    private bool MayLeaveOut(string[] words, int end)
    {
        for (var i = end; i < words.Length; i++)
            if (IsGeneric(words[i]) || IsStaffWord(words[i]) || words[i - 1] is "en" or "of") return false;
        return true;
    }

    /// <summary>The part's reading; a staff word alone ("medewerker" of "allround medewerker") names nothing, and is not read.</summary>
    private OccupationMatch? Part(string key) =>
        key.Length > 0 && !IsStaffWord(key) && Normalise(key) is { Source: not OccupationSource.HeadOfLabels } reading ? AsPart(reading) : null;

    private static OccupationMatch AsPart(OccupationMatch reading) => AsLabelInTitle(reading, PartOfTextConfidence) with { ReadFromPart = true };

    /// <summary>
    /// First words that say on what terms the work was done, not what it was ("bijbaan", "stagiair", "uitzendkracht").
    /// Not "vrijwilliger": a volunteer's place ("vrijwilliger buurthuis") names no staff's work, and netwerkers graded
    /// such readings lower.
    /// </summary>
    private static readonly HashSet<string> TermsWords = new(
    [
        "bijbaan", "vakantiebaan", "uitzendkracht", "uitzendbaan", "oproepkracht", "invalkracht", "vakantiekracht",
        "stagiair", "stagiaire", "stage", "leerling", "werkervaringsplek", "werkervaringsplaats", "wep", "leerwerkplek",
        "werkleerplek", "participatiebaan", "bbl", "wsw", "eigenaar", "zelfstandig", "zelfstandige", "ervaren", "allround",
        "junior", "senior", "tijdelijk", "parttime", "fulltime", "werkstudent", "werkstudente", "zomerbaan", "weekendbaan", "scholier",
    ], StringComparer.Ordinal);

    /// <summary>Set while a part of a text is read, so the part's own parts are not tried in turn.</summary>
    [ThreadStatic] private static bool t_readingPart;
}
