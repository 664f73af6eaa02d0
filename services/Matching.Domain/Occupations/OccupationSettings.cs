using Matching.Domain.Text;

namespace Matching.Domain.Occupations;

/// <summary>
/// Settings one ESCO occupation holds that a netwerker tells apart (Occupations/Data/occupation-settings-nl.tsv, the
/// project's own judgement): ESCO has one conciërge for the school's, the housing corporation's huismeester, the sports
/// hall's and the office's facility worker, and one tuinbouwmedewerker for the greenhouse and the tree nursery. A text
/// names a setting by one of its words, alone or as the start or end of a compound ("basisschool", "schoolconciërge",
/// "laanbomen"). A setting marked "apart" is other work than the occupation's other settings, not the same work
/// elsewhere (<see cref="Apart"/>). Checked at load: the code and preferred label must name an ESCO occupation, and no word may name two
/// settings of one occupation.
/// </summary>
public sealed class OccupationSettings
{
    private const string Resource = "occupation-settings-nl.tsv";

    /// <summary>Per occupation uuid, its settings' words: (word, setting).</summary>
    private readonly Dictionary<string, (string Word, string Setting)[]> _byOccupation;

    /// <summary>The settings whose work netwerkers grade as other work than the occupation's other settings: (occupation uuid, setting).</summary>
    private readonly HashSet<(string Uuid, string Setting)> _apart;

    private OccupationSettings(Dictionary<string, (string, string)[]> byOccupation, HashSet<(string, string)> apart)
    {
        _byOccupation = byOccupation;
        _apart = apart;
    }

    /// <summary>
    /// True when both texts name a setting of <paramref name="occupation"/> and none in common: a huismeester of a housing
    /// corporation for a school's Conciërge vacancy. A text that names no setting ("Conciërge (m/v) 24 uur") differs from none.
    /// </summary>
    public bool Differ(Occupation occupation, string vacancyText, string heldText) =>
        Differ(Named(occupation, vacancyText), Named(occupation, heldText));

    /// <summary>As <see cref="Differ(Occupation, string, string)"/>, for settings already named (a ranking works out its title's once).</summary>
    public static bool Differ(IReadOnlySet<string> wanted, IReadOnlySet<string> held) =>
        wanted.Count > 0 && held.Count > 0 && !wanted.Overlaps(held);

    /// <summary>
    /// True when the settings differ (<see cref="Differ(IReadOnlySet{string}, IReadOnlySet{string})"/>) and one of them is
    /// marked apart in the table: the greenhouse and the tree nursery of one tuinbouwmedewerker are other work to a
    /// netwerker, not the same work elsewhere.
    /// </summary>
    public bool Apart(Occupation occupation, IReadOnlySet<string> wanted, IReadOnlySet<string> held) =>
        Differ(wanted, held) && (AnyApart(occupation, wanted) || AnyApart(occupation, held));

    /// <summary>
    /// True when one text names a setting marked apart and the other names no setting: the plain occupation's work is
    /// not that setting's (on the 65 development sets, development 0.9325 -> 0.9329 and P@3 0.957 -> 0.959).
    /// </summary>
    public bool ApartFromPlain(Occupation occupation, IReadOnlySet<string> wanted, IReadOnlySet<string> held) =>
        (held.Count == 0 && AnyApart(occupation, wanted)) || (wanted.Count == 0 && AnyApart(occupation, held));

    /// <summary>
    /// What the settings make of the same occupation held elsewhere: <see cref="OccupationRelation.OtherSettingApart"/>
    /// when they differ and one is apart (<see cref="Apart"/>), <see cref="OccupationRelation.OtherSetting"/> when they
    /// differ otherwise or one names an apart setting and the other none (<see cref="ApartFromPlain"/>), null when they
    /// say nothing.
    /// </summary>
    public OccupationRelation? RelationOf(Occupation occupation, IReadOnlySet<string> wanted, IReadOnlySet<string> held) =>
        Apart(occupation, wanted, held) ? OccupationRelation.OtherSettingApart
        : Differ(wanted, held) || ApartFromPlain(occupation, wanted, held) ? OccupationRelation.OtherSetting
        : null;

    private bool AnyApart(Occupation occupation, IReadOnlySet<string> named) => named.Any(s => _apart.Contains((occupation.Uuid, s)));

    /// <summary>Whether <paramref name="occupation"/> has settings listed at all.</summary>
    public bool Has(Occupation occupation) => _byOccupation.ContainsKey(occupation.Uuid);

    /// <summary>The settings of <paramref name="occupation"/> that <paramref name="text"/> names; empty when it names none.</summary>
    public IReadOnlySet<string> Named(Occupation occupation, string text)
    {
        if (!_byOccupation.TryGetValue(occupation.Uuid, out var words)) return NoSetting;
        HashSet<string>? named = null;
        foreach (var token in LabelWords.Of(text))
        {
            var plain = LabelWords.WithoutAccents(token);
            foreach (var (word, setting) in words)
                if (plain == word || (word.Length >= 3 && plain.Length > word.Length && (plain.StartsWith(word, StringComparison.Ordinal) || plain.EndsWith(word, StringComparison.Ordinal))))
                    (named ??= new HashSet<string>(StringComparer.Ordinal)).Add(setting);
        }
        return named ?? NoSetting;
    }

    private static readonly IReadOnlySet<string> NoSetting = new HashSet<string>();

    /// <summary>The embedded table, each row's occupation found with <paramref name="find"/> (code and preferred label).</summary>
    internal static OccupationSettings Load(Func<string, string, Occupation?> find)
    {
        var byOccupation = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        var apart = new HashSet<(string, string)>();
        foreach (var f in EmbeddedTable.Rows(Resource))
        {
            if (f.Length < 5 || f[4].Trim().Length == 0) throw new InvalidDataException($"{Resource}: '{string.Join('\t', f)}' needs a code, a label, a setting, words and why.");
            var occupation = find(f[0].Trim(), f[1].Trim())
                ?? throw new InvalidDataException($"{Resource}: '{f[0]} {f[1]}' names no ESCO occupation.");
            if (!byOccupation.TryGetValue(occupation.Uuid, out var words)) byOccupation[occupation.Uuid] = words = [];
            switch (f.Length > 5 ? f[5].Trim() : "")
            {
                case "apart": apart.Add((occupation.Uuid, f[2].Trim())); break;
                case "": break;
                default: throw new InvalidDataException($"{Resource}: '{f[5]}' for {f[1]} {f[2]}: the last column is 'apart' or empty.");
            }
            foreach (var word in f[3].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var key = LabelWords.WithoutAccents(word.ToLowerInvariant());
                if (words.Any(w => w.Item1 == key)) throw new InvalidDataException($"{Resource}: '{word}' names two settings of {f[1]}.");
                words.Add((key, f[2].Trim()));
            }
        }
        return new OccupationSettings(byOccupation.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), apart);
    }
}
