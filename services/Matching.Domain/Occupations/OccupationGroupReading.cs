using Matching.Domain.Text;

namespace Matching.Domain.Occupations;

/// <summary>
/// Reads a set of occupations that one word names equally (ESCO calls a dozen specialised occupations
/// "onderhoudsmonteur ...", and none "onderhoudsmonteur" alone) as the ISCO-08 group most of them share, instead of
/// one of them picked by code order. It descends the hierarchy (major, sub-major, minor, unit group) into the branch
/// holding most of them and names that unit group by, in order: the member broader than all the others, or else the
/// broader occupation they all share (ESCO's own generalisation), the group's namesake (the occupation called like the group: "Loodgieters" → loodgieter,
/// "Monteurs industriële en landbouwmachines" → monteur industriële machines), or its most general member. The
/// other groups' occupations stay as alternative readings.
/// </summary>
internal sealed class OccupationGroupReading
{
    /// <summary>Alternative readings kept besides the chosen one: the next largest groups.</summary>
    private const int MaxAlternatives = 3;

    private static readonly int[] LevelDivisors = [1000, 100, 10, 1];

    private readonly IReadOnlyList<Occupation> _occupations;
    /// <summary>Each occupation's ISCO unit group as a number (-1 when ESCO gives none), so groups compare without strings.</summary>
    private readonly int[] _unit;
    private readonly int[][] _broader;
    private readonly int[] _levels;
    private readonly Dictionary<int, int> _namesake = [];

    public OccupationGroupReading(OccupationCatalogue catalogue)
    {
        _occupations = catalogue.Occupations;
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _occupations.Count; i++) index[_occupations[i].Uuid] = i;
        _unit = _occupations.Select(o => o.IscoGroup.Length == 4 && int.TryParse(o.IscoGroup, out var unit) ? unit : -1).ToArray();
        _broader = _occupations.Select(o => o.Broader.Where(index.ContainsKey).Select(uuid => index[uuid]).ToArray()).ToArray();
        _levels = _occupations.Select(o => o.Code.Count(c => c == '.')).ToArray();
        foreach (var group in Enumerable.Range(0, _occupations.Count).GroupBy(i => _unit[i]))
        {
            var label = catalogue.GroupLabel(_occupations[group.First()].IscoGroup);
            if (group.Key < 0 || Namesake(label, group) is not { } namesake) continue;
            _namesake[group.Key] = namesake;
            // A group named by one word ("Inpakkers", "Schilders e.d.") is what that word means.
            var words = LabelWords.Of(label!).ToArray();
            if (words.Length == 1 || (words.Length == 3 && words[1] == "e" && words[2] == "d"))
                foreach (var singular in Singulars(words[0]).Skip(1))
                    _groupNamed[singular] = _occupations[namesake];
        }
        _groupNamedSlice = _groupNamed.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly Dictionary<string, Occupation> _groupNamed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Occupation>.AlternateLookup<ReadOnlySpan<char>> _groupNamedSlice;

    /// <summary>
    /// The occupation an ISCO unit group named by this one word is named after: "inpakker" → the group "Inpakkers" →
    /// inpakker met de hand; null when no group is named so (or the group has no namesake).
    /// </summary>
    public Occupation? NamedGroup(ReadOnlySpan<char> word) => _groupNamedSlice.TryGetValue(word, out var occupation) ? occupation : null;

    /// <summary>
    /// The reading of <paramref name="members"/> (positions in the catalogue's occupations, at least one):
    /// the occupation naming the group most of them share, the share of them in that unit group and in its sub-major
    /// group (averaged; 1 when they all are in one unit group), and the other groups' occupations.
    /// </summary>
    public (Occupation Occupation, double Share, Occupation[] Alternatives) Read(List<int> members)
    {
        var (unit, inUnit, inSubMajor) = LargestBranch(members, prefix: -1, level: 0);
        var chosen = NameOf(unit, members);
        var alternatives = OtherGroups(members, unit);
        var share = (inUnit + inSubMajor) / (2.0 * members.Count);
        return (_occupations[chosen], share, alternatives);
    }

    /// <summary>Down the ISCO levels, the branch with most members (ties: the lowest code), and how many members the unit group and the sub-major group hold.</summary>
    private (int Unit, int InUnit, int InSubMajor) LargestBranch(List<int> members, int prefix, int level)
    {
        var inSubMajor = 0;
        var count = 0;
        for (; level < LevelDivisors.Length; level++)
        {
            var divisor = LevelDivisors[level];
            var best = int.MaxValue;
            count = 0;
            foreach (var m in members)
            {
                if (!Under(m, prefix, divisor)) continue;
                var code = _unit[m] / divisor;
                if (code == best) continue;
                var n = 0;
                foreach (var other in members)
                    if (Under(other, prefix, divisor) && _unit[other] / divisor == code) n++;
                if (n > count || (n == count && code < best)) (best, count) = (code, n);
            }
            prefix = best;
            if (divisor == 100) inSubMajor = count;
        }
        return (prefix, count, inSubMajor);
    }

    private bool Under(int member, int prefix, int divisor) => prefix < 0 || _unit[member] / (divisor * 10) == prefix;

    /// <summary>The occupation naming unit group <paramref name="unit"/> for these members (see the class summary).</summary>
    private int NameOf(int unit, List<int> members)
    {
        var first = -1;
        var inGroup = 0;
        foreach (var m in members)
            if (_unit[m] == unit)
            {
                if (first < 0) first = m;
                inGroup++;
            }
        if (inGroup == 1) return first;
        foreach (var m in members)
            if (_unit[m] == unit && BroaderThanAllOthers(m, unit, members)) return m;
        // ESCO's own generalisation of them all, when they share a broader occupation ("beveiliger").
        foreach (var parent in _broader[first])
            if (BroaderThanAllOthers(parent, unit, members)) return parent;
        if (_namesake.TryGetValue(unit, out var namesake)) return namesake;
        var best = first;
        foreach (var m in members)
            if (_unit[m] == unit && (_levels[m] < _levels[best] || (_levels[m] == _levels[best] && string.CompareOrdinal(_occupations[m].Code, _occupations[best].Code) < 0)))
                best = m;
        return best;
    }

    private bool BroaderThanAllOthers(int candidate, int unit, List<int> members)
    {
        foreach (var m in members)
            if (m != candidate && _unit[m] == unit && !IsAncestor(candidate, m, depth: 0)) return false;
        return true;
    }

    private bool IsAncestor(int ancestor, int of, int depth)
    {
        foreach (var parent in _broader[of])
            if (parent == ancestor || (depth < 4 && IsAncestor(ancestor, parent, depth + 1))) return true;
        return false;
    }

    /// <summary>The occupations naming the other unit groups among the members, largest group first.</summary>
    private Occupation[] OtherGroups(List<int> members, int chosenUnit)
    {
        Span<int> units = stackalloc int[MaxAlternatives];
        Span<int> counts = stackalloc int[MaxAlternatives];
        var found = 0;
        foreach (var m in members)
        {
            var unit = _unit[m];
            if (unit == chosenUnit || units[..found].Contains(unit)) continue;
            var n = 0;
            foreach (var other in members)
                if (_unit[other] == unit) n++;
            // Keep the largest groups, in order: insert before the first smaller one.
            var at = found;
            while (at > 0 && (counts[at - 1] < n || (counts[at - 1] == n && units[at - 1] > unit))) at--;
            if (at >= MaxAlternatives) continue;
            for (var j = Math.Min(found, MaxAlternatives - 1); j > at; j--)
            {
                units[j] = units[j - 1];
                counts[j] = counts[j - 1];
            }
            units[at] = unit;
            counts[at] = n;
            found = Math.Min(found + 1, MaxAlternatives);
        }
        var alternatives = new Occupation[found];
        for (var i = 0; i < found; i++) alternatives[i] = _occupations[NameOf(units[i], members)];
        return alternatives;
    }

    /// <summary>
    /// The group's namesake: a member whose preferred label is the singular of the group label's first word, also when
    /// written apart ("Softwareontwikkelaars" → software ontwikkelaar), else starts with it ("Schilders e.d." → schilder
    /// bouw), sharing most other words with the group label, then the shortest.
    /// </summary>
    private int? Namesake(string? groupLabel, IEnumerable<int> group)
    {
        if (groupLabel is null) return null;
        var groupWords = LabelWords.Of(groupLabel).ToArray();
        if (groupWords.Length == 0) return null;
        var forms = groupWords.SelectMany(Singulars).ToHashSet(StringComparer.Ordinal);
        var head = Singulars(groupWords[0]).ToArray();
        int? best = null;
        var bestShared = 0;
        var bestLength = int.MaxValue;
        foreach (var m in group)
        {
            var words = LabelWords.Of(_occupations[m].PreferredLabel).ToArray();
            // The whole label, written as one word, is the group's word ("software ontwikkelaar" for Softwareontwikkelaars).
            var whole = head.Contains(string.Concat(words), StringComparer.Ordinal);
            if (words.Length == 0 || (!whole && !head.Contains(words[0], StringComparer.Ordinal))) continue;
            var shared = whole ? int.MaxValue : words.Count(forms.Contains);
            if (shared > bestShared || (shared == bestShared && words.Length < bestLength))
                (best, bestShared, bestLength) = (m, shared, words.Length);
        }
        return best;
    }

    /// <summary>A Dutch plural's possible singulars, and the word itself: "loodgieters" → loodgieter, "machines" → machine.</summary>
    private static IEnumerable<string> Singulars(string word)
    {
        yield return word;
        if (word.Length > 4 && word.EndsWith('s')) yield return word[..^1];
        if (word.Length > 5 && word.EndsWith("en", StringComparison.Ordinal)) yield return word[..^2];
    }
}
