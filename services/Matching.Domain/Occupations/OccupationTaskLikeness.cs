using Matching.Domain.Text;

namespace Matching.Domain.Occupations;

/// <summary>
/// How alike two occupations' tasks read in ESCO: the cosine of their words (ESCO's description, the preferred label
/// twice and the alternative labels), each word weighed by how few occupations use it (tf-idf). A thuiszorgmedewerker
/// and a zorghulp share "verzorgende" and "helpende" (0.27), a slager and an operator bereid vlees "vlees" (0.15), while
/// a slager and a bakker share only words many occupations use (0.01). Built once, at first use.
/// </summary>
internal sealed class OccupationTaskLikeness
{
    private readonly Dictionary<string, KeyValuePair<string, double>[]> _words;

    private OccupationTaskLikeness(IReadOnlyList<Occupation> occupations, IReadOnlyDictionary<string, string> descriptions)
    {
        var counts = occupations.ToDictionary(o => o.Uuid, o => CountWords(o, descriptions.GetValueOrDefault(o.Uuid)), StringComparer.OrdinalIgnoreCase);
        var usedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in counts.Values)
            foreach (var word in words.Keys)
                usedBy[word] = usedBy.GetValueOrDefault(word) + 1;
        // One string per word, shared by every occupation that uses it.
        var shared = usedBy.Keys.ToDictionary(w => w, w => w, StringComparer.Ordinal);
        _words = counts.ToDictionary(c => c.Key, c => Weighed(c.Value, usedBy, shared, counts.Count), StringComparer.OrdinalIgnoreCase);
    }

    public static OccupationTaskLikeness Load(IReadOnlyList<Occupation> occupations) =>
        new(occupations, EmbeddedTable.Rows("esco-occupation-descriptions-nl.tsv").Where(f => f.Length >= 2)
            .ToDictionary(f => f[0], f => f[1], StringComparer.OrdinalIgnoreCase));

    /// <summary>The cosine of the two occupations' weighed words: 0 when they share none, 1 for the same words.</summary>
    public double Of(Occupation one, Occupation other)
    {
        if (!_words.TryGetValue(one.Uuid, out var a) || !_words.TryGetValue(other.Uuid, out var b)) return 0;
        // Both are sorted by word: one pass through each.
        var sum = 0.0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            var order = string.CompareOrdinal(a[i].Key, b[j].Key);
            if (order == 0) sum += a[i++].Value * b[j++].Value;
            else if (order < 0) i++;
            else j++;
        }
        return sum;
    }

    private static Dictionary<string, int> CountWords(Occupation occupation, string? description)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Add(string? text, int times)
        {
            if (text is null) return;
            foreach (var word in LabelWords.Of(text))
                if (word.Length >= MinWordLength && !CommonWords.Contains(word) && Stem(word) is var stem)
                    counts[stem] = counts.GetValueOrDefault(stem) + times;
        }
        Add(description, 1);
        Add(occupation.PreferredLabel, 2);
        foreach (var label in occupation.AltLabels) Add(label, 1);
        return counts;
    }

    /// <summary>Each word's weight (1 + ln count) × ln(occupations / occupations using it), scaled to length 1, sorted by word.</summary>
    private static KeyValuePair<string, double>[] Weighed(Dictionary<string, int> counts, Dictionary<string, int> usedBy,
        Dictionary<string, string> shared, int occupations)
    {
        var weighed = counts.Select(c => KeyValuePair.Create(shared[c.Key], (1 + Math.Log(c.Value)) * Math.Log(occupations / (double)usedBy[c.Key])))
            .OrderBy(w => w.Key, StringComparer.Ordinal).ToArray();
        var length = Math.Sqrt(weighed.Sum(w => w.Value * w.Value));
        return length == 0 ? [] : [.. weighed.Select(w => KeyValuePair.Create(w.Key, w.Value / length))];
    }

    /// <summary>A word without the ending its forms differ by ("leidingen", "leiding"; "reinigen", "reinig"), keeping four letters.</summary>
    private static string Stem(string word)
    {
        foreach (var ending in Endings)
            if (word.Length - ending.Length >= MinWordLength && word.EndsWith(ending, StringComparison.Ordinal))
                return word[..^ending.Length];
        return word;
    }

    private static readonly string[] Endings = ["heden", "ingen", "ing", "en", "s", "e"];

    private const int MinWordLength = 4;

    /// <summary>Words of ESCO's descriptions that say nothing of the work.</summary>
    private static readonly HashSet<string> CommonWords = new(
    [
        "voor", "door", "zijn", "worden", "wordt", "kunnen", "onder", "naar", "over", "zoals", "andere", "verschillende",
        "zorgen", "ervoor", "volgens", "alle", "hebben", "heeft", "moeten", "zich", "niet", "meer", "goed", "goede", "tussen",
        "binnen", "hetzij", "deze", "zorg",
    ], StringComparer.Ordinal);
}
