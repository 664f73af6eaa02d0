using Matching.Domain.Text;

namespace Matching.Domain.Occupations;

/// <summary>
/// Employers people name instead of the workplace ("medewerker albert heijn", "medewerker mcdonalds", "orderpicker bol.com"),
/// with the Dutch word for that workplace (Occupations/Data/employer-brands-nl.tsv: brand, workplace, why). The
/// normaliser reads a text nothing else reads with the workplace in the brand's place (<see cref="OccupationSource.OtherSpelling"/>).
/// </summary>
public static class EmployerBrands
{
    private const string Resource = "employer-brands-nl.tsv";

    /// <summary>Most words a brand has ("dirk van den broek").</summary>
    public const int MaxBrandWords = 4;

    /// <summary>The brand as a lookup key (<see cref="LabelWords.Key"/>: "bol com", "mcdonald s") → its workplace ("supermarkt", "openbaar vervoer").</summary>
    public static IReadOnlyDictionary<string, string> Workplaces => Loaded.Value;

    private static readonly Lazy<Dictionary<string, string>> Loaded = new(Load);

    // Looked up by a slice of the key, as the normaliser's label maps are, so a text naming no brand allocates nothing.
    private static readonly Lazy<Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>> BySlice =
        new(() => Loaded.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>Words of a text beyond this many are not looked at for a brand (no job title is that long).</summary>
    private const int MaxWords = 64;

    private static Dictionary<string, string> Load()
    {
        var workplaces = new Dictionary<string, string>(StringComparer.Ordinal);
        // brand, workplace, why
        foreach (var f in EmbeddedTable.Rows(Resource))
        {
            if (f.Length < 2) throw new InvalidDataException($"{Resource}: '{f[0]}' names no workplace.");
            var brand = LabelWords.Key(f[0]);
            var workplace = LabelWords.Key(f[1]);
            if (brand.Length == 0 || brand.Count(c => c == ' ') >= MaxBrandWords)
                throw new InvalidDataException($"{Resource}: brand '{f[0]}' must have 1 to {MaxBrandWords} words.");
            if (workplace.Length == 0) throw new InvalidDataException($"{Resource}: brand '{f[0]}' names no workplace.");
            if (!workplaces.TryAdd(brand, workplace))
                throw new InvalidDataException($"{Resource}: brand '{f[0]}' is listed twice (or reads the same as another).");
        }
        return workplaces;
    }

    /// <summary>
    /// The key with each brand it names, as whole words, written as its workplace ("medewerker albert heijn" →
    /// "medewerker supermarkt"); null when it names none.
    /// </summary>
    public static string? WithWorkplaces(string key) => Rewritten(key, withWorkplaces: true);

    /// <summary>
    /// The key without the brands it names, as whole words ("hema restaurant medewerker" → "restaurant medewerker"); null
    /// when it names none, or nothing else.
    /// </summary>
    public static string? WithoutBrands(string key) =>
        Rewritten(key, withWorkplaces: false) is { } rest && string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } words ? words : null;

    /// <summary>The workplace of the first brand the key names, as whole words ("medewerker kaas albert heijn": supermarkt); null when it names none.</summary>
    public static string? WorkplaceNamed(string key)
    {
        var text = key.AsSpan();
        Span<Range> words = stackalloc Range[MaxWords];
        var all = words[..text.Split(words, ' ')];
        for (var i = 0; i < all.Length; i++)
            if (BrandAt(text, all, i, minWords: 1, out var workplace) > 0) return workplace;
        return null;
    }

    /// <summary>
    /// Whether the key names a brand, as whole words, one of whose words <paramref name="isJob"/> says is a job by itself
    /// ("leen bakker", a furniture chain; "bakker bart", a bakery chain); a brand of one word only after another word
    /// ("bedrijfsleider zeeman", a clothing chain), as a title's first word is its job ("zeeman": the sailor).
    /// </summary>
    public static bool NamesBrandWithJobWord(string key, Func<string, bool> isJob)
    {
        var text = key.AsSpan();
        Span<Range> words = stackalloc Range[MaxWords];
        var all = words[..text.Split(words, ' ')];
        for (var i = 0; i < all.Length; i++)
        {
            var brandWords = BrandAt(text, all, i, minWords: i == 0 ? 2 : 1, out _);
            for (var w = i; w < i + brandWords; w++)
                if (isJob(key[all[w]])) return true;
        }
        return false;
    }

    /// <summary>
    /// The number of words of the longest brand, of at least <paramref name="minWords"/>, that starts at word
    /// <paramref name="i"/> of <paramref name="text"/> (<paramref name="workplace"/> its workplace); 0 when none does.
    /// </summary>
    private static int BrandAt(ReadOnlySpan<char> text, ReadOnlySpan<Range> words, int i, int minWords, out string? workplace)
    {
        var brands = BySlice.Value;
        for (var n = Math.Min(MaxBrandWords, words.Length - i); n >= minWords; n--)
            if (brands.TryGetValue(text[words[i].Start.Value..words[i + n - 1].End.Value], out workplace)) return n;
        workplace = null;
        return 0;
    }

    private static string? Rewritten(string key, bool withWorkplaces)
    {
        // The key is its words joined by single spaces, so a phrase of words is one slice of it.
        var text = key.AsSpan();
        Span<Range> words = stackalloc Range[MaxWords];
        var count = text.Split(words, ' ');
        System.Text.StringBuilder? written = null;
        var copied = 0; // the end of the key copied so far
        for (var i = 0; i < count;)
        {
            var found = BrandAt(text, words[..count], i, minWords: 1, out var workplace);
            if (found == 0)
            {
                i++;
                continue;
            }
            written ??= new System.Text.StringBuilder(key.Length);
            written.Append(text[copied..words[i].Start.Value]).Append(withWorkplaces ? workplace : "");
            copied = words[i + found - 1].End.Value;
            i += found;
        }
        return written?.Append(text[copied..]).ToString();
    }
}
