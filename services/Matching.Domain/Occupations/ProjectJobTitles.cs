namespace Matching.Domain.Occupations;

/// <summary>
/// The project's own Dutch job titles (Occupations/Data/project-job-titles-nl.tsv, tab-separated like the ESCO
/// files): each names an ESCO code and that code's preferred label, so a mistyped code fails at start-up instead of
/// silently naming another occupation, and the label picks one of the two occupations of a code ESCO reuses (their
/// uuid is then what the title names).
/// </summary>
internal static class ProjectJobTitles
{
    private const string Resource = "project-job-titles-nl.tsv";

    public static IReadOnlyDictionary<string, string> Load()
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        // The normaliser looks titles up by their key (lower case, hyphens and spaces alike): two rows with one key are one title.
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        // title, ESCO code, that code's preferred label, why
        foreach (var f in EmbeddedTable.Rows(Resource))
        {
            if (f.Length < 3) throw new InvalidDataException($"{Resource}: '{string.Join(' ', f)}' has no code and label.");
            var occupation = OccupationCatalogue.Esco.Find(f[1], f[2], out var problem)
                ?? throw new InvalidDataException($"{Resource}: title '{f[0]}': {problem}");
            // A code ESCO gives two occupations is told apart by the label here, and by the uuid from then on.
            var named = OccupationCatalogue.Esco.Find(f[1]) is null ? occupation.Uuid : f[1];
            if (!titles.TryAdd(f[0], named)) throw new InvalidDataException($"{Resource}: title '{f[0]}' is listed twice.");
            var key = Text.LabelWords.Key(f[0]);
            if (!byKey.TryAdd(key, f[0])) throw new InvalidDataException($"{Resource}: title '{f[0]}' reads the same as '{byKey[key]}'; keep one.");
        }
        return titles;
    }
}
