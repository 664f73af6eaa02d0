
namespace Matching.Domain.Occupations;

/// <summary>
/// The ESCO v1.2 occupations with Dutch labels and the ISCO-08 hierarchy (ESCO, European Commission; see
/// Occupations/Data/ATTRIBUTION.md), loaded once from the assembly: lookups by code or uuid and how two
/// occupations relate.
/// </summary>
public sealed class OccupationCatalogue
{
    private readonly Dictionary<string, Occupation> _byUuid;
    private readonly Dictionary<string, Occupation[]> _byCode;
    private readonly Dictionary<string, IscoGroup> _groups;

    private OccupationCatalogue(IReadOnlyList<Occupation> occupations, IEnumerable<IscoGroup> groups)
    {
        Occupations = occupations;
        _byUuid = occupations.ToDictionary(o => o.Uuid, StringComparer.OrdinalIgnoreCase);
        _byCode = occupations.GroupBy(o => o.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _groups = groups.ToDictionary(g => g.Code, StringComparer.Ordinal);
        Links = new OccupationLabelLinks(occupations);
        _tasks = new Lazy<OccupationTaskLikeness>(() => OccupationTaskLikeness.Load(occupations));
        RelatedWork = IscoRelatedWork.Load(code => _groups.ContainsKey(code),
            (code, label) => label is null ? _byCode.ContainsKey(code) : Find(code, label, out _) is not null);
        Settings = OccupationSettings.Load((code, label) => Find(code, label, out _));
    }

    public static OccupationCatalogue Esco { get; } = LoadEmbedded();

    public IReadOnlyList<Occupation> Occupations { get; }

    /// <summary>The relations ESCO states in its Dutch labels only (a helper's name of a trade, a shared name).</summary>
    public OccupationLabelLinks Links { get; }

    /// <summary>Work in different minor groups that transfers (the project's table).</summary>
    internal IscoRelatedWork RelatedWork { get; }

    /// <summary>Settings of one occupation that a netwerker tells apart (the project's table).</summary>
    public OccupationSettings Settings { get; }

    /// <summary>
    /// The occupation an ESCO code ("9333.8") or uuid names; null with a reason when it names none, or when the code
    /// names two occupations (ESCO reuses 48 codes; the uuid then tells them apart).
    /// </summary>
    public Occupation? Find(string codeOrUuid, out string? problem)
    {
        problem = null;
        var key = codeOrUuid.Trim();
        if (_byUuid.TryGetValue(key, out var byUuid)) return byUuid;
        if (_byCode.TryGetValue(key, out var byCode))
        {
            if (byCode.Length == 1) return byCode[0];
            problem = $"'{key}' names {byCode.Length} ESCO occupations ({string.Join(", ", byCode.Select(o => $"{o.Uuid} {o.PreferredLabel}"))}); send the uuid.";
            return null;
        }
        problem = $"'{key}' is not an ESCO v1.2 occupation code or uuid.";
        return null;
    }

    public Occupation? Find(string codeOrUuid) => Find(codeOrUuid, out _);

    /// <summary>
    /// The occupation a code names under this preferred label: the label tells apart the two occupations of a code ESCO
    /// reuses (8122.1 is the gritstraler and the metaalspuiter oppervlaktebehandeling); null with a reason otherwise.
    /// </summary>
    public Occupation? Find(string code, string preferredLabel, out string? problem)
    {
        problem = null;
        if (!_byCode.TryGetValue(code.Trim(), out var byCode))
        {
            problem = $"'{code}' is not an ESCO v1.2 occupation code.";
            return null;
        }
        if (byCode.FirstOrDefault(o => o.PreferredLabel == preferredLabel) is { } labelled) return labelled;
        problem = $"'{code}' is {string.Join(" or ", byCode.Select(o => $"'{o.PreferredLabel}'"))}, not '{preferredLabel}'.";
        return null;
    }

    /// <summary>The Dutch label of an ISCO-08 group, or null when the code is unknown.</summary>
    public string? GroupLabel(string iscoCode) => _groups.TryGetValue(iscoCode, out var group) ? group.Label : null;

    /// <summary>
    /// How a candidate's occupation relates to the vacancy's, closest first (see <see cref="OccupationRelation"/>);
    /// symmetric except for a helper and the trade it helps: a hulpkok is close to a kok vacancy, a kok less so to a
    /// hulpkok vacancy (a step down, which a netwerker considers but does not propose first).
    /// </summary>
    public OccupationRelation Relate(Occupation vacancy, Occupation candidate)
    {
        if (string.Equals(vacancy.Uuid, candidate.Uuid, StringComparison.OrdinalIgnoreCase)) return OccupationRelation.Same;
        // A laser cutter and the CNC operator ESCO files it under are broader and narrower, and still other work.
        if (IsBroaderOf(vacancy, candidate) || IsBroaderOf(candidate, vacancy))
            return WorkApartInUnitGroup.Apart(vacancy, candidate) ? OccupationRelation.SameMinorGroup : OccupationRelation.Broader;
        if (Links.Helps(candidate, vacancy)) return OccupationRelation.HelpsInTrade;
        if (vacancy.IscoGroup == candidate.IscoGroup && Links.NameTheOther(vacancy, candidate)) return OccupationRelation.Close;
        // The project's table naming two occupations the same daily work says more than a label they share, their unit
        // group or their minor group; near work more than a label they share or their minor group.
        var listed = RelatedWork.Relation(vacancy, candidate);
        if (listed == OccupationRelation.SameWork) return listed;
        // Specialist sellers of other goods (a perfumery's for a bouwmarkt), a mover and a warehouse worker: they share
        // the unit group, not the work.
        if (vacancy.IscoGroup == candidate.IscoGroup && WorkApartInUnitGroup.Apart(vacancy, candidate)) return OccupationRelation.SameMinorGroup;
        if (vacancy.IscoGroup == candidate.IscoGroup && !SaysNoMoreThanItsMinorGroup(vacancy.IscoGroup)) return OccupationRelation.SameUnitGroup;
        if (listed == OccupationRelation.SimilarTasks) return listed;
        if (Links.ShareALabel(vacancy, candidate)) return OccupationRelation.SharedLabel;
        if (Links.Helps(vacancy, candidate)) return OccupationRelation.TradeHelped;
        if (vacancy.IscoMinorGroup == candidate.IscoMinorGroup) return TasksAlikeOr(OccupationRelation.SameMinorGroup, vacancy, candidate);
        if (IscoWorkplaces.OperatesOnProductionFloor(vacancy.IscoGroup, candidate.IscoGroup)) return OccupationRelation.OperatedOnProductionFloor;
        if (IscoWorkplaces.WorkAlongside(vacancy.IscoGroup, candidate.IscoGroup)) return TasksAlikeOr(OccupationRelation.SameWorkplace, vacancy, candidate);
        if (listed == OccupationRelation.RelatedWork) return TasksAlikeOr(listed, vacancy, candidate);
        if (vacancy.IscoSubMajorGroup == candidate.IscoSubMajorGroup) return OccupationRelation.SameSubMajorGroup;
        return OccupationRelation.None;
    }

    /// <summary>
    /// A weak relation (the same minor group, shop floor or related work) whose occupations' tasks read alike in ESCO
    /// (<see cref="OccupationTaskLikeness"/>) is <see cref="OccupationRelation.SimilarTasks"/>: a thuiszorgmedewerker for
    /// a zorghulp's vacancy, a slager for an operator bereid vlees's; a slager for a bakker's stays the same minor group.
    /// </summary>
    private OccupationRelation TasksAlikeOr(OccupationRelation weak, Occupation vacancy, Occupation candidate) =>
        _tasks.Value.Of(vacancy, candidate) >= MinTaskLikeness ? OccupationRelation.SimilarTasks : weak;

    /// <summary>
    /// The task likeness from which a weak relation is similar tasks: on the twenty development sets, netwerkers graded
    /// weakly related candidates above it a 1.4 on average (as the same unit group), below it 0.4.
    /// </summary>
    internal const double MinTaskLikeness = 0.12;

    private readonly Lazy<OccupationTaskLikeness> _tasks;

    /// <summary>Builds the task likeness now (a quarter of a second) instead of in the first ranking that relates two occupations.</summary>
    public void PrepareTaskLikeness() => _ = _tasks.Value;

    /// <summary>
    /// ISCO-08's unit groups "not elsewhere classified" (code ending in 9: 9129 other cleaning workers holds the sewer
    /// cleaner and the badmeester, 9629 other elementary workers the recreation attendant and the meter reader), and 8160,
    /// which holds every food line alike (bakery, meat, dairy, sweets, frozen meals, cigarettes): sharing one says no more
    /// of the work than sharing its minor group.
    /// </summary>
    private static bool SaysNoMoreThanItsMinorGroup(string iscoGroup) => iscoGroup.Length == 4 && (iscoGroup[3] == '9' || iscoGroup == FoodLines);

    private const string FoodLines = "8160";

    /// <summary>True when <paramref name="broader"/> is an ancestor of <paramref name="narrower"/> in ESCO (up to a few levels).</summary>
    private bool IsBroaderOf(Occupation broader, Occupation narrower)
    {
        var pending = new Stack<(Occupation Occupation, int Depth)>([(narrower, 0)]);
        while (pending.TryPop(out var next))
        {
            foreach (var uuid in next.Occupation.Broader)
            {
                if (string.Equals(uuid, broader.Uuid, StringComparison.OrdinalIgnoreCase)) return true;
                if (next.Depth < 4 && _byUuid.TryGetValue(uuid, out var parent)) pending.Push((parent, next.Depth + 1));
            }
        }
        return false;
    }

    private static OccupationCatalogue LoadEmbedded()
    {
        var occupations = new List<Occupation>();
        foreach (var f in EmbeddedTable.Rows("esco-occupations-nl.tsv"))
        {
            // uuid, ESCO code, ISCO-08 unit group, preferred label, alternative labels, broader uuids
            if (f.Length < 6) continue;
            occupations.Add(new Occupation(f[0], f[1], f[2], f[3].Trim(), Split(f[4]), Split(f[5])));
        }
        var groups = EmbeddedTable.Rows("isco-groups-nl.tsv")
            .Where(f => f.Length >= 2)
            .Select(f => new IscoGroup(f[0], f[1], f.Length > 2 && f[2].Length > 0 ? f[2] : null));
        return new OccupationCatalogue(occupations, groups);
    }

    private static string[] Split(string list) =>
        list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
