using Matching.Domain.Common;

namespace Matching.DemoData.Vocabulary;

/// <summary>
/// The ESCO occupations shipped with the generator (Data/esco-occupations-by-branche.tsv), grouped by branche.
/// Loaded once from the embedded resource; see Data/ATTRIBUTION.md.
/// </summary>
public static class EscoOccupations
{
    private static readonly EscoOccupation[][] ByBranche = Load();

    public static IReadOnlyList<EscoOccupation> For(Branche branche) => ByBranche[(int)branche];

    internal static EscoOccupation[] ArrayFor(Branche branche) => ByBranche[(int)branche];

    private static EscoOccupation[][] Load()
    {
        using var stream = typeof(EscoOccupations).Assembly.GetManifestResourceStream("esco-occupations-by-branche.tsv")
            ?? throw new InvalidOperationException("The embedded ESCO occupation list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lists = Enum.GetValues<Branche>().Select(_ => new List<EscoOccupation>()).ToArray();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            // branche, ISCO-08 group, Dutch preferred label, ESCO concept URI
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            var branche = Enum.Parse<Branche>(f[0]);
            lists[(int)branche].Add(new EscoOccupation(branche, f[1], f[2], f[3]));
        }
        // Only the branches the generator draws need occupations (the catalogue's newer branches are not drawn).
        foreach (var (list, branche) in lists.Select((l, i) => (l, (Branche)i)))
            if (list.Count == 0 && Generation.CandidateTables.PastBranche.Values.Concat(Generation.VacancyTables.Branche.Values).Contains(branche)) throw new InvalidOperationException($"No ESCO occupations listed for branche {branche}.");
        return lists.Select(l => l.ToArray()).ToArray();
    }
}
