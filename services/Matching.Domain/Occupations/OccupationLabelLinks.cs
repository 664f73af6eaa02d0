using Matching.Domain.Text;

namespace Matching.Domain.Occupations;

/// <summary>
/// Relations between occupations that ESCO states only in its Dutch labels, derived by two rules:
/// <list type="bullet">
/// <item><b>Helper of a trade</b>: a label made of a helper word and another occupation's name says the one assists
/// the other: keukenhulp is also called "hulpkok" (→ kok), voorman dakbedekking "opperman dakdekker" (→ dakdekker),
/// kappershulp "assistent-kapper" (→ kapper). Dutch names a trade's work after its maker, so "opperman metselwerk"
/// assists the metselaar (metsel-werk / metsel-aar, timmer-werk / timmer-man).</item>
/// <item><b>A shared name</b>: two occupations ESCO gives the same alternative label, or one's alternative label is the
/// other's preferred label, are called the same by people who do them (keukenhulp and kok are both "sous-chef").
/// A label of more than <see cref="MaxOccupationsPerSharedLabel"/> occupations is too generic to link them. One called
/// by the other's preferred label (<see cref="NameTheOther"/>) is close to it in its own unit group: pakhuismedewerker
/// is also "magazijnmedewerker".</item>
/// </list>
/// </summary>
public sealed class OccupationLabelLinks
{
    public const int MaxOccupationsPerSharedLabel = 3;

    /// <summary>Words that make a label a helper's: "hulp", "assistent", "opperman", "leerling", "handlanger".</summary>
    private static readonly string[] HelperWords = ["hulp", "assistent", "assistente", "opperman", "leerling", "handlanger"];

    /// <summary>Compounds a helper word starts ("hulpkok", "assistentkapper"); "hulpverlener" has no occupation after it.</summary>
    private static readonly string[] HelperPrefixes = ["hulp", "assistent"];

    /// <summary>Words naming the work, and the endings of the maker's name in Dutch (metselwerk → metselaar, timmerwerk → timmerman).</summary>
    private static readonly string[] WorkSuffixes = ["werken", "werk"];
    private static readonly string[] MakerSuffixes = ["aar", "er", "man", "ster"];

    private readonly Dictionary<string, HashSet<string>> _helps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _sharesLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _namesTheOther = new(StringComparer.Ordinal);

    public OccupationLabelLinks(IReadOnlyList<Occupation> occupations)
    {
        var byPreferred = occupations.GroupBy(o => LabelWords.Key(o.PreferredLabel), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var byAlternative = occupations
            .SelectMany(o => o.AltLabels.Select(label => (Label: LabelWords.Key(label), Occupation: o)))
            .Where(x => x.Label.Length > 0 && !Misplaced(x.Occupation, x.Label))
            .GroupBy(x => x.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Occupation).DistinctBy(o => o.Uuid).ToArray(), StringComparer.Ordinal);

        foreach (var helper in occupations)
            foreach (var label in helper.AltLabels.Prepend(helper.PreferredLabel))
                if (HelpedTrade(LabelWords.Key(label)) is { } trade)
                    foreach (var occupation in TradesNamed(trade, byPreferred, byAlternative))
                        if (occupation.Uuid != helper.Uuid) Add(_helps, helper.Uuid, occupation.Uuid);

        foreach (var (label, named) in byAlternative)
        {
            var sharing = named.Concat(byPreferred.GetValueOrDefault(label) ?? []).DistinctBy(o => o.Uuid).ToArray();
            if (sharing.Length < 2 || sharing.Length > MaxOccupationsPerSharedLabel) continue;
            foreach (var a in sharing)
                foreach (var b in sharing)
                    if (a.Uuid != b.Uuid) Add(_sharesLabel, a.Uuid, b.Uuid);
            foreach (var a in named)
                foreach (var b in byPreferred.GetValueOrDefault(label) ?? [])
                    if (a.Uuid != b.Uuid)
                    {
                        Add(_namesTheOther, a.Uuid, b.Uuid);
                        Add(_namesTheOther, b.Uuid, a.Uuid);
                    }
        }
    }

    /// <summary>
    /// Alternative labels ESCO gives an occupation that name another's work: the bakery production worker (8160.2) is
    /// also "winkelmedewerker" and "verkoopmedewerker", the shop staff of a bakery, which would link every shop
    /// assistant to the bakery's line (the development sets graded such candidates 0.06 on average, 16 pairs).
    /// </summary>
    private static readonly (string Code, string PreferredLabel, string Label)[] MisplacedLabels =
    [
        ("8160.2", "bakkerijmedewerker", "winkelmedewerker"),
        ("8160.2", "bakkerijmedewerker", "verkoopmedewerker"),
        // The woonbegeleider is no "verzorgende" (the zorghulp's label): 0.09 on 23 pairs of eight development sets (stop 48).
        ("3412.4.7", "woonbegeleider", "verzorgende"),
        // A "gemachtigd opzichter" regulates traffic, as the verkeersbrigadier does; the handhaver enforces (0.29, 7 pairs).
        ("5419.8", "handhaver toezicht en veiligheid", "gemachtigd opzichter"),
        // A sous-chef or tournant cooks and leads; the keukenhulp washes up and preps (the kok 0.47 for a keukenhulp's vacancy, 47 pairs).
        ("9412.1", "keukenhulp", "sous-chef"),
        ("9412.1", "keukenhulp", "tournant"),
    ];

    private static bool Misplaced(Occupation occupation, string labelKey)
    {
        foreach (var (code, preferred, label) in MisplacedLabels)
            if (occupation.Code == code && occupation.PreferredLabel == preferred && labelKey == LabelWords.Key(label)) return true;
        return false;
    }

    /// <summary>True when ESCO calls <paramref name="helper"/> by a helper's name of <paramref name="trade"/>.</summary>
    public bool Helps(Occupation helper, Occupation trade) =>
        _helps.TryGetValue(helper.Uuid, out var trades) && trades.Contains(trade.Uuid);

    /// <summary>True when the two occupations share a Dutch label (symmetric).</summary>
    public bool ShareALabel(Occupation a, Occupation b) =>
        _sharesLabel.TryGetValue(a.Uuid, out var others) && others.Contains(b.Uuid);

    /// <summary>True when one occupation's alternative label is the other's preferred label (symmetric).</summary>
    public bool NameTheOther(Occupation a, Occupation b) =>
        _namesTheOther.TryGetValue(a.Uuid, out var others) && others.Contains(b.Uuid);

    /// <summary>
    /// The trade a helper's label names, as a label key: "hulpkok" → "kok", "assistent kapper" → "kapper",
    /// "opperman metselwerk" → "metselwerk"; null when the label is no helper's.
    /// </summary>
    public static string? HelpedTrade(string key)
    {
        foreach (var word in HelperWords)
            if (key.Length > word.Length + 3 && key.StartsWith(word, StringComparison.Ordinal) && key[word.Length] == ' ')
                return key[(word.Length + 1)..];
        if (key.Contains(' ')) return null;
        foreach (var prefix in HelperPrefixes)
            if (key.Length >= prefix.Length + 3 && key.StartsWith(prefix, StringComparison.Ordinal))
                return key[prefix.Length..];
        return null;
    }

    /// <summary>
    /// Maker's names a word for the work can stand for ("metselwerk" → "metselaar", "metselwerker", "metselman",
    /// "metselster"); empty when the word does not name work.
    /// </summary>
    public static IEnumerable<string> MakersOfWork(string work)
    {
        foreach (var suffix in WorkSuffixes)
            if (work.Length > suffix.Length + 2 && work.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = work[..^suffix.Length];
                return MakerSuffixes.Select(maker => stem + maker);
            }
        return [];
    }

    /// <summary>The occupations a trade's name names: its preferred label, an alternative label of one occupation, or the maker of the named work.</summary>
    private static IEnumerable<Occupation> TradesNamed(string trade, Dictionary<string, Occupation[]> byPreferred, Dictionary<string, Occupation[]> byAlternative)
    {
        if (byPreferred.TryGetValue(trade, out var named)) return named;
        if (byAlternative.TryGetValue(trade, out var alternative) && alternative.Length == 1) return alternative;
        return MakersOfWork(trade).SelectMany(maker => byPreferred.GetValueOrDefault(maker) ?? []);
    }

    private static void Add(Dictionary<string, HashSet<string>> links, string from, string to)
    {
        if (!links.TryGetValue(from, out var set)) links[from] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(to);
    }
}
