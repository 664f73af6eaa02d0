namespace Matching.Domain.Occupations;

/// <summary>Compound heads ESCO's own compounds give other meanings (see <see cref="MisleadingHeads"/>).</summary>
public sealed partial class OccupationNormaliser
{
    /// <summary>
    /// One-word labels whose compounds in ESCO's labels name other work: of the occupations with a longer label word ending
    /// in it, fewer than a third share the label's ISCO unit group ("zetter", the typesetter, ends tegelzetter and
    /// glaszetter; "machinist", a ship's engineer, ends graafmachinist and landbouwmachinist). A compound is not read as
    /// such a label by its head alone ("stoommachinist" is no ship's engineer); its parts may still read it, when they
    /// account for the whole title or hold the label, or a person does.
    /// </summary>
    private HashSet<string> MisleadingHeads()
    {
        var heads = new HashSet<string>(StringComparer.Ordinal);
        var (members, seen) = Scratch();
        foreach (var head in _preferred.Keys.Concat(_alternative.Keys).Where(k => k.Length >= 3 && !k.Contains(' ') && !IsGeneric(k)))
        {
            if (Exact(head, 1, 1, OccupationSource.PreferredLabel, OccupationSource.AlternativeLabel) is not { } reading) continue;
            try
            {
                _endings.CollectCompounds(head, members, seen);
                if (members.Count >= MinCompoundsForMisleadingHead
                    && members.Count(m => _catalogue.Occupations[m].IscoGroup == reading.Occupation.IscoGroup) * 3 < members.Count)
                    heads.Add(head);
            }
            finally
            {
                foreach (var m in members) seen[m] = false;
                members.Clear();
            }
        }
        return heads;
    }

    /// <summary>Fewer compounds than this say too little of what a head names in them.</summary>
    private const int MinCompoundsForMisleadingHead = 3;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _misleadingHeads;
}
