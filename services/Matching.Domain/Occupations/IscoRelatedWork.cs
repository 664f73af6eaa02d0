namespace Matching.Domain.Occupations;

/// <summary>
/// ISCO-08 unit groups in different minor groups whose daily work a netwerker transfers with a short induction
/// (Occupations/Data/related-isco-groups.tsv, the project's own judgement: a postbode for a pakketbezorger, a portier
/// for a beveiliger), where the hierarchy alone relates them weakly or not at all. Symmetric; checked at load: both
/// codes must be unit groups of the hierarchy, in different minor groups (the same minor group relates already).
/// </summary>
internal sealed class IscoRelatedWork
{
    private const string Resource = "related-isco-groups.tsv";

    private readonly HashSet<(string, string)> _pairs;

    private IscoRelatedWork(HashSet<(string, string)> pairs) => _pairs = pairs;

    /// <summary>True when the two unit groups are listed as each other's transferable work (either order).</summary>
    public bool Related(string iscoUnitGroup, string otherUnitGroup) =>
        _pairs.Contains((iscoUnitGroup, otherUnitGroup));

    public int Count => _pairs.Count / 2;

    /// <summary>The embedded table, each pair checked against <paramref name="isUnitGroup"/>.</summary>
    public static IscoRelatedWork Load(Func<string, bool> isUnitGroup)
    {
        using var stream = typeof(IscoRelatedWork).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded {Resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var pairs = new HashSet<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            // group, related group, why
            var f = line.Split('\t');
            if (f.Length < 3 || f[2].Trim().Length == 0) throw new InvalidDataException($"{Resource}: '{line}' needs two groups and why.");
            var (group, related) = (f[0].Trim(), f[1].Trim());
            foreach (var code in (string[])[group, related])
                if (code.Length != 4 || !isUnitGroup(code)) throw new InvalidDataException($"{Resource}: '{code}' is not an ISCO-08 unit group.");
            if (group[..3] == related[..3]) throw new InvalidDataException($"{Resource}: {group} and {related} share a minor group, which relates them already.");
            if (!pairs.Add((group, related)) || !pairs.Add((related, group))) throw new InvalidDataException($"{Resource}: {group} and {related} are listed twice.");
        }
        return new IscoRelatedWork(pairs);
    }
}
