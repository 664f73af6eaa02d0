namespace Matching.Domain.Occupations;

/// <summary>
/// How people write a job title that ESCO writes otherwise (<see cref="OccupationSource.OtherSpelling"/>): the
/// normaliser tries these when nothing reads the text as written.
/// </summary>
internal static partial class SpellingVariants
{
    /// <summary>Shorter words are not mended: one letter off is another word too often.</summary>
    public const int MinTypoLength = 8;

    /// <summary>
    /// The variants of a lower-case key, most literal first: two words joined ("interieur bouwer", "kantine
    /// medewerker", or the staff word first: "medewerker kantine"; of three words, either pair: "medewerker snack
    /// bar"), then each form with ij for y ("byrijder"), the male form ("activiteiten begeleidster": begeleider,
    /// German "pflegerin": pfleger),
    /// chauffeur for another word for a driver ("reachtruck bestuurder"), and for "medewerker" and one word, the compound
    /// ("medewerker akkerbouw": akkerbouwmedewerker), else the worker the activity or workplace names ("medewerker
    /// gevelreiniging": gevelreiniger, "medewerker bakkerij": bakker).
    /// </summary>
    public static IEnumerable<string> Of(string key)
    {
        // Most texts that reach here have none of these signs: a variant is made only when its sign is in the text.
        foreach (var variant in Variants(key)) yield return variant;
        var space = key.IndexOf(' ');
        if (space <= 0) yield break;
        var next = key.IndexOf(' ', space + 1);
        if (next < 0)
        {
            foreach (var variant in OfTwoWords(key[..space], key[(space + 1)..])) yield return variant;
            yield break;
        }
        // Three words, two of them one word written apart ("medewerker snack bar"): either pair joined, then read as
        // two words.
        if (key.IndexOf(' ', next + 1) >= 0) yield break;
        var (first, second, third) = (key[..space], key[(space + 1)..next], key[(next + 1)..]);
        foreach (var (one, two) in new[] { (first, second + third), (first + second, third) })
        {
            yield return one + " " + two;
            foreach (var variant in Variants(one + " " + two)) yield return variant;
            foreach (var variant in OfTwoWords(one, two)) yield return variant;
        }
    }

    private static IEnumerable<string> OfTwoWords(string first, string second)
    {
        if (IsStaff(first))
        {
            // "medewerker akkerbouw": akkerbouwmedewerker, else the worker the activity or workplace names.
            yield return second + first;
            if (Worker(second) is { } worker) yield return worker;
            yield break;
        }
        var joined = first + second; // "interieur bouwer", "kantine medewerker"
        yield return joined;
        // "kantine medewerker": ESCO and the project write the staff word first ("medewerker kantine").
        if (IsStaff(second))
        {
            yield return second + " " + first;
            yield break;
        }
        foreach (var variant in Variants(joined)) yield return variant;
    }

    /// <summary>
    /// Words people shorten in a title, written out ("prod. medewerker": productie medewerker, "mdw magazijn": medewerker
    /// magazijn, "adm. medewerker"): the key has lost the full stop already. No label has such a word, so the normaliser
    /// writes them out before it looks for labels in the title.
    /// </summary>
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["mdw"] = "medewerker", ["mdwr"] = "medewerker", ["medew"] = "medewerker", ["mw"] = "medewerker",
        ["prod"] = "productie", ["adm"] = "administratief", ["admin"] = "administratief", ["alg"] = "algemeen",
        ["techn"] = "technisch", ["log"] = "logistiek", ["schoonm"] = "schoonmaak", ["verk"] = "verkoop",
        ["ass"] = "assistent", ["mont"] = "monteur",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSlice =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A title with its shortened words written out, its other signs kept ("Mdw. expeditie (m/v) – Raalte, dagdienst":
    /// medewerker expeditie (m/v) – Raalte, dagdienst), so what follows the job is still read as its extras: the words
    /// of a title of two or more words (<see cref="Abbreviations"/>, "alg." before a word that takes "algemene" written
    /// so), and a shortened staff word ending a compound; null when its lower-case key has none. Most titles have none
    /// and cost no allocation.
    /// </summary>
    public static string? WithAbbreviationsWritten(string text, string key)
    {
        var several = key.Contains(' ');
        foreach (var word in key.AsSpan().Split(' '))
            if ((several && AbbreviationSlice.ContainsKey(key.AsSpan()[word])) || StaffAbbreviationEnding(key.AsSpan()[word]) is not null)
                return WrittenOut(text, several) is var written && written != text ? written : null;
        return null;
    }

    /// <summary>
    /// A title with the English staff words of chains and agencies in Dutch ("Crew member snijderij groente",
    /// "team member fastfoodrestaurant": medewerker snijderij groente), its other signs kept; null when it has none.
    /// </summary>
    public static string? WithStaffWordsInDutch(string text, string key) =>
        key.Contains("member", StringComparison.Ordinal) && EnglishStaffWords().Replace(text, "medewerker") is var dutch && dutch != text ? dutch : null;

    /// <summary>
    /// A title with both genders in one word written as the word ("Dierverzorg(st)er dierenpension", "Medewerk(st)er
    /// schoonmaak", "Receptionist(e)": dierverzorger dierenpension, medewerker schoonmaak, receptionist; "schoonmaak(st)er":
    /// schoonmaker), its other signs kept; null when it has none.
    /// </summary>
    public static string? WithGendersJoined(string text) =>
        text.Contains('(') && BothGenders().Replace(text, m => m.Groups["female"].Value == "e" ? m.Groups["stem"].Value
            : m.Groups["stem"].Value.EndsWith("aak", StringComparison.OrdinalIgnoreCase) ? string.Concat(m.Groups["stem"].Value.AsSpan(0, m.Groups["stem"].Length - 2), "ker")
            : m.Groups["stem"].Value + "er") is var joined && joined != text ? joined : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<stem>\p{L}{3,})\((?:(?<female>st)\)er|(?<female>e)\))", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BothGenders();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:crew|team)[ -]?member\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EnglishStaffWords();

    // "MW-er" is the maatschappelijk werker, never a medewerker ("mw magazijn").
    private static string WrittenOut(string text, bool several) =>
        ShortenedWord().Replace(SocialWorker().Replace(text, "maatschappelijk werker"), match =>
        {
            var word = match.Groups["word"].Value.ToLowerInvariant();
            if (StaffAbbreviationEnding(word) is { } ending) return string.Concat(word.AsSpan(0, word.Length - ending.Length), "medewerker");
            if (!several || !Abbreviations.TryGetValue(word, out var full)) return match.Value;
            return full == "algemeen" && match.Groups["next"].Value.ToLowerInvariant() is "dienst" or "zaken" ? "algemene" : full;
        });

    [System.Text.RegularExpressions.GeneratedRegex(@"\bmw[-']er\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SocialWorker();

    /// <summary>A word with the full stop that may shorten it, and the word after it (not taken).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<word>\p{L}+)\.?(?=\W*(?<next>\p{L}*))")]
    private static partial System.Text.RegularExpressions.Regex ShortenedWord();

    /// <summary>
    /// The shortened staff word a compound ends in ("productiemdw", "magazijnmdwr": productiemedewerker,
    /// magazijnmedewerker, "kassamdw"), after at least four letters; null when it ends in none.
    /// </summary>
    private static string? StaffAbbreviationEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in StaffAbbreviationEndings)
            if (word.Length >= ending.Length + 4 && word.EndsWith(ending, StringComparison.Ordinal)) return ending;
        return null;
    }

    private static readonly string[] StaffAbbreviationEndings = ["mdwr", "mdw"];

    /// <summary>The form with ij for y, in the male form, with ck for kk, or with chauffeur for another word for a driver.</summary>
    private static IEnumerable<string> Variants(string form)
    {
        if (form.Contains('y')) yield return form.Replace("y", "ij", StringComparison.Ordinal);
        if (MaleOfSter(form) is { } male) yield return male;
        if ((form.Contains("nte", StringComparison.Ordinal) || form.Contains("iste", StringComparison.Ordinal)) && MaleOfE(form) is { } maleOfE) yield return maleOfE;
        if (form.Contains("erin", StringComparison.Ordinal) && MaleOfIn(form) is { } maleOfIn) yield return maleOfIn;
        // An English word written as it sounds in Dutch: "orderpikker", "trukker".
        if (form.Contains("kk", StringComparison.Ordinal)) yield return form.Replace("kk", "ck", StringComparison.Ordinal);
        if (Chauffeur(form) is { } chauffeur) yield return chauffeur;
    }

    /// <summary>The normaliser has written "medewerkster" as "medewerker" before any variant is tried.</summary>
    private static bool IsStaff(string word) => word is "medewerker";

    /// <summary>The form with each word in -ster in the male form (<see cref="Male"/>); null when no word ends so.</summary>
    public static string? MaleOfSter(string form) => form.Contains("ster", StringComparison.Ordinal) ? Male(form) : null;

    /// <summary>"begeleidster" → begeleider, "schoonmaakster" → schoonmaker; null when no word of the form ends so.</summary>
    private static string? Male(string form)
    {
        var words = form.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 7 || !word.EndsWith("ster", StringComparison.Ordinal)) continue;
            var stem = word[..^4];
            // A long vowel before the last consonant is written single before -er: maak-ster, mak-er.
            if (stem.Length >= 3 && stem[^2] == stem[^3] && stem[^2] is 'a' or 'e' or 'o' or 'u') stem = stem[..^2] + stem[^1];
            words[i] = stem + "er";
            changed = true;
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// "doktersassistente" → doktersassistent, "adjudante" → adjudant, "analiste" → analist: the female -e after -ant, -ent
    /// or -ist; null when no word ends so.
    /// </summary>
    private static string? MaleOfE(string form) => WithoutFemaleEnding(form, ["ente", "ante", "iste"], letters: 1, minLength: 7);

    /// <summary>
    /// "heilerziehungspflegerin" → heilerziehungspfleger, "staplerfahrerin" → staplerfahrer: the German female -in after
    /// -er, in a word of at least eight letters; null when no word ends so.
    /// </summary>
    private static string? MaleOfIn(string form) => WithoutFemaleEnding(form, ["erin"], letters: 2, minLength: 8);

    /// <summary>The form with the last <paramref name="letters"/> cut from each word of at least <paramref name="minLength"/> letters that ends in one of <paramref name="endings"/>; null when none does.</summary>
    private static string? WithoutFemaleEnding(string form, string[] endings, int letters, int minLength)
    {
        var words = form.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
            if (words[i].Length >= minLength && EndsInOneOf(words[i], endings))
            {
                words[i] = words[i][..^letters];
                changed = true;
            }
        return changed ? string.Join(' ', words) : null;
    }

    private static bool EndsInOneOf(string word, string[] endings)
    {
        foreach (var ending in endings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Compound heads that say on what terms the work was done, not what work ("invalchauffeur", "oproepkok").</summary>
    private static readonly string[] TermsOfWorkHeads = ["inval", "oproep"];

    /// <summary>
    /// The key with each word in its plain form, when a word of <paramref name="isLabelWord"/> is in it: the French female
    /// -euse as -eur ("chauffeuse" → chauffeur, "masseuse" → masseur) and a word in -trice that is a label in -tor or -teur
    /// ("smd-operatrice" → smd-operator), a word headed by the terms of the work without them
    /// ("invalchauffeur" → chauffeur); null when no word changes.
    /// </summary>
    public static string? InPlainWords(string key, Func<string, bool> isLabelWord, Func<string, bool> isLabel)
    {
        var words = key.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length >= 8 && word.EndsWith("euse", StringComparison.Ordinal) && word[..^4] + "eur" is var male && isLabelWord(male))
            {
                words[i] = male;
                changed = true;
                continue;
            }
            if (word.Length >= 9 && word.EndsWith("trice", StringComparison.Ordinal) && MaleOfTrice(word, isLabel) is { } maleOfTrice)
            {
                words[i] = maleOfTrice;
                changed = true;
                continue;
            }
            foreach (var head in TermsOfWorkHeads)
                if (word.Length >= head.Length + 3 && word.StartsWith(head, StringComparison.Ordinal) && isLabelWord(word[head.Length..]))
                {
                    words[i] = word[head.Length..];
                    changed = true;
                    break;
                }
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// "smd-operatrice" → smd-operator: the French female -trice as -tor or -teur, when that is a whole label (the bare
    /// "coördinator" is the head of many); null when neither is one.
    /// </summary>
    private static string? MaleOfTrice(string word, Func<string, bool> isLabel)
    {
        foreach (var ending in (ReadOnlySpan<string>)["tor", "teur"])
            if (string.Concat(word.AsSpan(0, word.Length - 5), ending) is var male && isLabel(male)) return male;
        return null;
    }

    private static readonly string[] DriverWords = ["bestuurder", "rijder", "driver"];

    /// <summary>"reachtruckbestuurder", "reachtruck rijder" → reachtruckchauffeur; not the bijrijder, who rides along.</summary>
    private static string? Chauffeur(string form)
    {
        foreach (var driver in DriverWords)
            if (form.EndsWith(driver, StringComparison.Ordinal) && form.Length > driver.Length && !form.EndsWith("bijrijder", StringComparison.Ordinal))
                return form[..^driver.Length].TrimEnd(' ', '-') + "chauffeur";
        return null;
    }

    /// <summary>The worker an activity or workplace names: gevelreiniging → gevelreiniger, bakkerij → bakker, slagerij → slager.</summary>
    private static string? Worker(string work) => work switch
    {
        { Length: > 6 } when work.EndsWith("ing", StringComparison.Ordinal) => work[..^3] + "er",
        { Length: > 6 } when work.EndsWith("erij", StringComparison.Ordinal) => work[..^2],
        _ => null,
    };

    private static IEnumerable<string> Deletions(string word)
    {
        for (var i = 0; i < word.Length; i++) yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
    }

    /// <summary>Every one-letter deletion of the one-word labels of at least <see cref="MinTypoLength"/> letters, with its label; "" where two labels share one.</summary>
    public static Dictionary<string, string> DeletionsOf(IEnumerable<string> labels)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in labels.Distinct(StringComparer.Ordinal))
        {
            if (label.Length < MinTypoLength || label.Contains(' ')) continue;
            foreach (var deletion in Deletions(label))
                map[deletion] = map.TryGetValue(deletion, out var other) && other != label ? "" : label;
        }
        return map;
    }
}
