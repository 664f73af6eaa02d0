namespace Matching.Domain.Occupations;

/// <summary>Reading a text that nothing reads as written, after writing it the way ESCO does (<see cref="OccupationSource.OtherSpelling"/>).</summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>Most a reading of another spelling is trusted (<see cref="OccupationSource.OtherSpelling"/>).</summary>
    private const double OtherSpellingConfidence = 0.6;

    /// <summary>
    /// When nothing reads the text as written, the ways people write a title ESCO writes otherwise, in turn (see
    /// <see cref="OccupationSource.OtherSpelling"/>), each only as a label word for word; then a one-letter typo of a
    /// one-word label, in the text as written or in one of those ways ("trekker chaufeur": trekkerchauffeur); then the
    /// text without an employer's name, and last with the name written as its workplace (<see cref="EmployerBrands"/>).
    /// </summary>
    private OccupationMatch? OtherwiseSpelled(string key)
    {
        var variants = SpellingVariants.Of(key).Where(variant => variant != key).ToArray();
        foreach (var variant in variants)
            if (Labelled(variant) is { } reading) return AsOtherSpelling(reading);
        if (Typo(key) is { } mended) return AsOtherSpelling(mended);
        foreach (var variant in variants)
            if (Typo(variant) is { } mendedVariant) return AsOtherSpelling(mendedVariant);
        // A longer title with a word in the female form, read in full in the male form before any word is mended
        // ("dakdekster hellende daken": dakdekker, not "helpende" for "hellende").
        if (key.Contains(' ') && SpellingVariants.MaleOfSter(key) is { } male && Normalise(male) is { } maleTitle) return AsOtherSpelling(maleTitle);
        // A one-letter typo in a word of a longer title ("medewerker choclaterie"), mended to the one label word it can be.
        if (key.Contains(' ') && MendedWords(key) is { } mendedWords && Normalise(mendedWords) is { } mendedTitle) return AsOtherSpelling(mendedTitle);
        // A word in the French female form or headed by the terms the work was done on ("chauffeuse schoolvervoer",
        // "invalchauffeur leerlingenvervoer"), in its plain form.
        if (SpellingVariants.InPlainWords(key, word => _labelWords.Contains(word), word => IsLabel(word)) is { } plain && Normalise(plain) is { } plainTitle) return AsOtherSpelling(plainTitle);
        // An employer named for the workplace ("medewerker albert heijn": medewerker supermarkt), read in full; the
        // text it becomes names no brand, so this ends there.
        // The text's own words say the job where they read without the brand ("hema restaurant medewerker": the restaurant's).
        if (EmployerBrands.WithoutBrands(key) is { } unbranded && Normalise(unbranded) is { } ownWords) return AsOtherSpelling(ownWords);
        if (EmployerBrands.WithWorkplaces(key) is { } placed && Normalise(placed) is { } atWorkplace) return AsOtherSpelling(atWorkplace);
        return null;
    }

    private static OccupationMatch AsOtherSpelling(OccupationMatch reading) =>
        reading with { Source = OccupationSource.OtherSpelling, Confidence = Math.Min(reading.Confidence, OtherSpellingConfidence) };

    /// <summary>
    /// The one-word label a word of at least <see cref="SpellingVariants.MinTypoLength"/> letters is one letter away from
    /// (one left out, added or changed), when exactly one label is; a word a letter shorter only as such a label with a
    /// letter left out ("operman": opperman).
    /// </summary>
    private OccupationMatch? Typo(string key)
    {
        if (key.Length < SpellingVariants.MinTypoLength - 1 || key.Length > MaxWordLetters || key.Contains(' ') || NamesNoWorkAlone(key)) return null;
        var found = key.Length < SpellingVariants.MinTypoLength ? (_labelDeletions.TryGetValue(key, out var longer) ? longer : null)
            : OneLetterAway(key, LabelKey, _labelDeletions, Unique);
        return string.IsNullOrEmpty(found) ? null : Labelled(found);
    }

    /// <summary>The label (ESCO's or the project's) a text is, as its key is stored; null when it is none.</summary>
    private string? LabelKey(ReadOnlySpan<char> text) =>
        _preferredSlice.TryGetValue(text, out var preferred, out _) ? preferred
        : _alternativeSlice.TryGetValue(text, out var alternative, out _) ? alternative
        : _projectSlice.TryGetValue(text, out var own, out _) ? own : null;

    /// <summary>
    /// The one entry a key is one letter away from (one left out, added or changed): an entry <paramref name="named"/>
    /// knows, or one whose one-letter deletions (<paramref name="deletions"/>) the key or a deletion of it is; "" when
    /// <paramref name="unique"/> finds two, null when none.
    /// </summary>
    private static string? OneLetterAway(string key, Func<ReadOnlySpan<char>, string?> named,
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> deletions, Func<string?, string, string> unique)
    {
        string? found = null;
        if (deletions.TryGetValue(key, out var longer)) found = longer; // a letter left out
        // Each one-letter deletion of the key, in one buffer: an entry with a letter added, or one letter changed.
        Span<char> buffer = stackalloc char[key.Length - 1];
        for (var i = 0; i < key.Length && found != ""; i++)
        {
            key.AsSpan(0, i).CopyTo(buffer);
            key.AsSpan(i + 1).CopyTo(buffer[i..]);
            if (named(buffer) is { } added) found = unique(found, added);
            // Both with a letter left out at the same place is one letter changed, at neighbouring places two letters
            // swapped; anywhere else two letters differ ("pcmonteur" is no "cvmonteur"). An ambiguous deletion ("") still stops the search.
            if (deletions.TryGetValue(buffer, out var changed) && (changed.Length == 0 || OneChangeApart(key, changed))) found = unique(found, changed);
        }
        return found;
    }

    /// <summary>
    /// True when two words of one length differ in one letter, or in two neighbouring letters swapped ("orderpikcer").
    /// A deletion shared by the word and an entry is one of these only when it left out the same or a neighbouring place.
    /// </summary>
    private static bool OneChangeApart(string word, string entry)
    {
        if (entry.Length != word.Length) return false;
        var first = -1;
        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] == entry[i]) continue;
            if (first < 0) first = i;
            else return i == first + 1 && word[i] == entry[first] && word[first] == entry[i] && word.AsSpan(i + 1).SequenceEqual(entry.AsSpan(i + 1));
        }
        return true;
    }

    /// <summary>The title with each word that is no word of a label mended to the one label word a letter away; null when none is.</summary>
    private string? MendedWords(string key)
    {
        var words = key.Split(' ');
        var mended = false;
        for (var i = 0; i < words.Length; i++)
            if (MendedWord(words[i]) is { } word)
            {
                words[i] = word;
                mended = true;
            }
        return mended ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// The one word of ESCO's labels a word of at least <see cref="SpellingVariants.MinTypoLength"/> letters is one letter
    /// away from, else the one word of ESCO's or the project's. ESCO's word goes first because the project lists common
    /// typos as titles of their own ("oderpikker"), which would make another typo ("orderpikker") look as if it could be
    /// either.
    /// </summary>
    private string? MendedWord(string word)
    {
        // A word that names no work is no typo of one ("huisvrouw" is not the Flemish "kuisvrouw").
        if (word.Length < SpellingVariants.MinTypoLength || word.Length > MaxWordLetters || _labelWords.Contains(word) || NamesNoWorkAlone(word)) return null;
        var found = OneLetterAway(word, EscoWord, _escoWordDeletions, OneWord);
        if (string.IsNullOrEmpty(found)) found = OneLetterAway(word, LabelWord, _labelWordDeletions, OneWord);
        return string.IsNullOrEmpty(found) ? null : found;
    }

    private string? EscoWord(ReadOnlySpan<char> text) => _escoWords.TryGetValue(text, out var word) ? word : null;

    private string? LabelWord(ReadOnlySpan<char> text) => _labelWords.TryGetValue(text, out var word) ? word : null;

    private static string OneWord(string? seen, string word) => seen is null || seen == word ? word : "";

    /// <summary>Every word of the labels, and every one-letter deletion of those of typo length with its word ("" when two words share it).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _labelWords;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _labelWordDeletions;

    /// <summary>The words of ESCO's labels alone, and their one-letter deletions (as <see cref="_labelWordDeletions"/>).</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _escoWords;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _escoWordDeletions;

    /// <summary>The occupation a key is a label of, word for word (the project's titles first); null for a generic word.</summary>
    private OccupationMatch? Labelled(string key)
    {
        if (_project.TryGetValue(key, out var own)) return new OccupationMatch(own, 0.9, OccupationSource.AlternativeLabel);
        if (_preferred.TryGetValue(key, out var preferred)) return new OccupationMatch(preferred, 1.0, OccupationSource.PreferredLabel);
        return IsGeneric(key) ? null : Exact(key, 1.0, 0.9, OccupationSource.PreferredLabel, OccupationSource.AlternativeLabel);
    }

    /// <summary>The one label seen, or "" once a label of another occupation shows (the typo could mean either).</summary>
    private string Unique(string? seen, string label)
    {
        if (seen is null || seen == label) return label;
        if (seen.Length == 0) return "";
        // Two labels of one occupation ("heftruckchauffeur", "heftrukchauffeur") are one reading.
        return Labelled(seen) is { } first && ReferenceEquals(first.Occupation, Labelled(label)?.Occupation) ? seen : "";
    }

    /// <summary>
    /// Every one-letter deletion of the one-word labels, with its label (<see cref="SpellingVariants.DeletionsOf"/>): about
    /// 9 MB, built with the normaliser so that no ranking pays for it.
    /// </summary>
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _labelDeletions;
}
