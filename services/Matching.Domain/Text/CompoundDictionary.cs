using Matching.Domain.Occupations;

namespace Matching.Domain.Text;

/// <summary>
/// The word list for splitting Dutch compounds ("heftruckchauffeur" → heftruck, chauffeur): every word of at least
/// five letters in an ESCO label that is also the start or end of a longer ESCO label word (so a real compound
/// part, not just any word), plus the project's own vocabulary (<see cref="ProjectVocabulary"/>). Both search
/// backends split with it (Lucene's DictionaryCompoundWordTokenFilter, Elasticsearch's dictionary_decompounder) and
/// the occupation normaliser splits the same way, longest part at each position.
/// </summary>
public sealed class CompoundDictionary
{
    public const int MinSubwordSize = 4;
    public const int MaxSubwordSize = 15;
    private const int MinEscoPartLength = 5;

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private CompoundDictionary(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Words = _words.Order(StringComparer.Ordinal).ToArray();
    }

    public static CompoundDictionary Dutch { get; } = Build(OccupationCatalogue.Esco, ProjectVocabulary.CompoundParts);

    /// <summary>The words, sorted (ordinal), as the search backends get them.</summary>
    public IReadOnlyList<string> Words { get; }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>
    /// The dictionary words inside a lower-case word: at each position the longest one, as the search backends'
    /// filters do with only_longest_match (the word itself when it is in the dictionary).
    /// </summary>
    public List<string> Parts(string word)
    {
        var parts = new List<string>();
        var span = word.AsSpan();
        for (var i = 0; i + MinSubwordSize <= span.Length; i++)
        {
            string? longest = null;
            for (var length = MinSubwordSize; length <= MaxSubwordSize && i + length <= span.Length; length++)
                if (_lookup.TryGetValue(span.Slice(i, length), out var found)) longest = found;
            if (longest is not null) parts.Add(longest);
        }
        return parts;
    }

    /// <summary>Every dictionary word inside a lower-case word, at every position ("installaties" → installatie, installaties).</summary>
    public List<string> AllParts(string word)
    {
        var parts = new List<string>();
        var span = word.AsSpan();
        for (var i = 0; i + MinSubwordSize <= span.Length; i++)
            for (var length = MinSubwordSize; length <= MaxSubwordSize && i + length <= span.Length; length++)
                if (_lookup.TryGetValue(span.Slice(i, length), out var found)) parts.Add(found);
        return parts;
    }

    public static CompoundDictionary Build(OccupationCatalogue catalogue, IEnumerable<string> projectWords)
    {
        var labelWords = catalogue.Occupations
            .SelectMany(o => o.AltLabels.Prepend(o.PreferredLabel))
            .SelectMany(LabelWords.Of)
            .Where(w => w.Length >= MinEscoPartLength)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var parts = new HashSet<string>(StringComparer.Ordinal);
        AddStartsOfLongerWords(labelWords, parts);
        AddStartsOfLongerWords(labelWords.Select(Reverse), parts, reversed: true);
        foreach (var word in projectWords) parts.Add(word.ToLowerInvariant());
        return new CompoundDictionary(parts);
    }

    /// <summary>Words that begin a word at least three letters longer (in sorted order, those follow right after).</summary>
    private static void AddStartsOfLongerWords(IEnumerable<string> words, HashSet<string> parts, bool reversed = false)
    {
        var sorted = words.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < sorted.Length; i++)
            for (var j = i + 1; j < sorted.Length && sorted[j].StartsWith(sorted[i], StringComparison.Ordinal); j++)
                if (sorted[j].Length >= sorted[i].Length + 3)
                {
                    parts.Add(reversed ? Reverse(sorted[i]) : sorted[i]);
                    break;
                }
    }

    private static string Reverse(string word)
    {
        var chars = word.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
