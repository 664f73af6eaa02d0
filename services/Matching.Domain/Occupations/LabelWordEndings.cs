using Matching.Domain.Text;

namespace Matching.Domain.Occupations;

/// <summary>
/// Every word of ESCO's Dutch labels (preferred and alternative) with the occupations whose labels hold it, kept
/// reversed and sorted so the words that end in a given word are one range. Dutch compounds end in their head and
/// multi-word labels name the head first ("onderhoudsmonteur pretpark"), so the occupations a word's range names are
/// the ones ESCO calls by that word or a specialisation of it ("onderhoudsmonteur" → vliegtuigonderhoudsmonteur,
/// onderhoudsmonteur liften, onderhoudsmonteur verwarming, ...).
/// </summary>
internal sealed class LabelWordEndings
{
    private readonly string[] _reversed;
    private readonly int[][] _occupations;

    /// <param name="occupations">The catalogue's occupations; the indices collected are positions in this list.</param>
    public LabelWordEndings(IReadOnlyList<Occupation> occupations)
    {
        var byWord = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        for (var i = 0; i < occupations.Count; i++)
            foreach (var label in occupations[i].AltLabels.Prepend(occupations[i].PreferredLabel))
                foreach (var word in LabelWords.Of(label))
                {
                    var reversed = Reverse(word);
                    if (!byWord.TryGetValue(reversed, out var holders)) byWord[reversed] = holders = [];
                    holders.Add(i);
                }
        _reversed = byWord.Keys.Order(StringComparer.Ordinal).ToArray();
        _occupations = _reversed.Select(w => byWord[w].ToArray()).ToArray();
    }

    /// <summary>True when some label holds <paramref name="word"/> as a word of its own.</summary>
    public bool IsLabelWord(ReadOnlySpan<char> word)
    {
        Span<char> reversed = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Reverse(word, reversed);
        var at = FirstAtOrAfter(reversed);
        return at < _reversed.Length && _reversed[at].AsSpan().SequenceEqual(reversed);
    }

    /// <summary>
    /// Adds to <paramref name="into"/> (once each, marked in <paramref name="seen"/>) the occupations with a label word
    /// that is <paramref name="word"/> or ends in it; false as soon as more than <paramref name="limit"/> are found.
    /// </summary>
    public bool Collect(ReadOnlySpan<char> word, List<int> into, bool[] seen, int limit)
    {
        Span<char> reversed = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Reverse(word, reversed);
        for (var w = FirstAtOrAfter(reversed); w < _reversed.Length && _reversed[w].AsSpan().StartsWith(reversed, StringComparison.Ordinal); w++)
            foreach (var occupation in _occupations[w])
            {
                if (seen[occupation]) continue;
                seen[occupation] = true;
                into.Add(occupation);
                if (into.Count > limit) return false;
            }
        return true;
    }

    /// <summary>
    /// Adds to <paramref name="into"/> (marked in <paramref name="seen"/>) the occupations with a label word that ends in
    /// <paramref name="word"/> and is longer, leaving out those that hold the word itself in some label.
    /// </summary>
    public void CollectCompounds(ReadOnlySpan<char> word, List<int> into, bool[] seen)
    {
        Span<char> reversed = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Reverse(word, reversed);
        var first = FirstAtOrAfter(reversed);
        var exact = first < _reversed.Length && _reversed[first].AsSpan().SequenceEqual(reversed) ? _occupations[first] : [];
        // Marked as seen, the holders of the word itself are passed over.
        foreach (var occupation in exact) seen[occupation] = true;
        Collect(word, into, seen, int.MaxValue);
        foreach (var occupation in exact) seen[occupation] = false;
    }

    private int FirstAtOrAfter(ReadOnlySpan<char> key)
    {
        int low = 0, high = _reversed.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (_reversed[middle].AsSpan().CompareTo(key, StringComparison.Ordinal) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static void Reverse(ReadOnlySpan<char> word, Span<char> reversed)
    {
        for (var i = 0; i < word.Length; i++) reversed[i] = word[word.Length - 1 - i];
    }

    private static string Reverse(string word) => string.Create(word.Length, word, (span, w) =>
    {
        for (var i = 0; i < w.Length; i++) span[i] = w[w.Length - 1 - i];
    });
}
