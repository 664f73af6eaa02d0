namespace Matching.Domain.Occupations;

/// <summary>
/// Work ISCO-08 files in different minor groups that a netwerker transfers with a short induction
/// (Occupations/Data/related-isco-groups.tsv, the project's own judgement: a postbode for a pakketbezorger), where the
/// hierarchy alone relates them weakly or not at all. A side is an ISCO-08 unit group ("8322") or, where a unit group
/// holds work that does not transfer, one ESCO occupation and those narrower than it ("4412.2", the postbode and not the
/// postkamermedewerker), with ESCO's preferred label after the code where ESCO gives the code to two occupations.
/// Symmetric; checked at load: each side must name a unit group of the hierarchy or an ESCO code, and the two sides must
/// not share a workplace (<see cref="IscoWorkplaces"/>), nor a minor group unless they are the same or near work: those
/// relate already, as much as work that transfers (the same work decides even within one unit group: two onderwijsassistenten
/// ESCO files side by side). A row's
/// tier says whether the two are the same daily work under another classification (<c>same</c>: a craft bread baker for
/// a bread bakery's production line), work so near that netwerkers propose the one for the other with hardly an
/// induction (<c>near</c>: a groenvoorziener for a begraafplaats; graded 1.5-2 on average on the development sets), or
/// work that transfers with an induction (<c>transfer</c>: a postbode for a pakketbezorger).
/// </summary>
internal sealed class IscoRelatedWork
{
    private const string Resource = "related-isco-groups.tsv";

    /// <summary>Per unit group, the sides listed for it, what each is related to and how (the row's tier).</summary>
    private readonly Dictionary<string, List<(Side Side, Side Other, OccupationRelation Tier)>> _byGroup;

    private IscoRelatedWork(Dictionary<string, List<(Side, Side, OccupationRelation)>> byGroup, int count)
    {
        _byGroup = byGroup;
        Count = count;
    }

    /// <summary>Pairs in the table.</summary>
    public int Count { get; }

    /// <summary>
    /// <see cref="OccupationRelation.SameWork"/>, <see cref="OccupationRelation.SimilarTasks"/> or
    /// <see cref="OccupationRelation.RelatedWork"/> when the table lists the two occupations' work as each other's (either
    /// order), by the row's tier (<c>same</c>, <c>near</c>, <c>transfer</c>); otherwise <see cref="OccupationRelation.None"/>.
    /// </summary>
    public OccupationRelation Relation(Occupation one, Occupation other)
    {
        if (!_byGroup.TryGetValue(one.IscoGroup, out var listed)) return OccupationRelation.None;
        // Where rows of two tiers name the pair (two occupations and their unit groups), the nearer tier decides.
        var relation = OccupationRelation.None;
        foreach (var (side, related, tier) in listed)
            if (side.Names(one) && related.Names(other) && tier.Weight() > relation.Weight()) relation = tier;
        return relation;
    }

    /// <summary>
    /// One side of a row: a unit group ("8322"), an ESCO code ("4412.2"), or a code with ESCO's preferred label where
    /// ESCO gives the code to two occupations ("8160.2 bakkerijmedewerker", not the cocoa-mill operator).
    /// </summary>
    private readonly record struct Side(string Code, string? Label)
    {
        public static Side Of(string text) =>
            text.IndexOf(' ') is var space and > 0 ? new(text[..space], text[(space + 1)..]) : new(text, null);

        public string UnitGroup => Code[..4];

        /// <summary>A unit group names its occupations; a code that occupation and the ones narrower in code; a code with a label that one alone.</summary>
        public bool Names(Occupation occupation)
        {
            if (Code.Length == 4) return occupation.IscoGroup == Code;
            if (Label is not null) return occupation.Code == Code && occupation.PreferredLabel == Label;
            return occupation.HasCodeWithin(Code);
        }

        public override string ToString() => Label is null ? Code : $"{Code} {Label}";
    }

    /// <summary>
    /// The embedded table, each side checked with <paramref name="isUnitGroup"/> and <paramref name="isEscoCode"/> (a code
    /// and the preferred label after it, or null).
    /// </summary>
    public static IscoRelatedWork Load(Func<string, bool> isUnitGroup, Func<string, string?, bool> isEscoCode)
    {
        using var stream = typeof(IscoRelatedWork).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded {Resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Read(reader, isUnitGroup, isEscoCode);
    }

    /// <summary>A table in the embedded file's format (a header line, then one pair a row), each row checked.</summary>
    internal static IscoRelatedWork Read(TextReader reader, Func<string, bool> isUnitGroup, Func<string, string?, bool> isEscoCode)
    {
        reader.ReadLine();
        var byGroup = new Dictionary<string, List<(Side, Side, OccupationRelation)>>(StringComparer.Ordinal);
        var seen = new HashSet<(Side, Side)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            // one side, the other side, tier, why
            var f = line.Split('\t');
            if (f.Length < 4 || f[3].Trim().Length == 0) throw new InvalidDataException($"{Resource}: '{line}' needs two sides, a tier and why.");
            var tier = f[2].Trim() switch
            {
                "same" => OccupationRelation.SameWork,
                "near" => OccupationRelation.SimilarTasks,
                "transfer" => OccupationRelation.RelatedWork,
                _ => throw new InvalidDataException($"{Resource}: '{line}' has tier '{f[2].Trim()}', not same, near or transfer."),
            };
            var (one, other) = (Side.Of(f[0].Trim()), Side.Of(f[1].Trim()));
            foreach (var side in (Side[])[one, other])
                if (side.Code.Length == 4 ? !isUnitGroup(side.Code) : side.Code.Length < 6 || side.Code[4] != '.' || !isEscoCode(side.Code, side.Label))
                    throw new InvalidDataException($"{Resource}: '{side}' is neither an ISCO-08 unit group nor an ESCO code (with its preferred label where ESCO gives the code twice).");
            if (tier == OccupationRelation.RelatedWork && one.Code[..3] == other.Code[..3]) throw new InvalidDataException($"{Resource}: {one} and {other} share a minor group, which relates them as much as work that transfers.");
            if (IscoWorkplaces.WorkAlongside(one.UnitGroup, other.UnitGroup)) throw new InvalidDataException($"{Resource}: {one} and {other} share a workplace (IscoWorkplaces), which relates them already.");
            if (!seen.Add((one, other)) || !seen.Add((other, one))) throw new InvalidDataException($"{Resource}: {one} and {other} are listed twice.");
            Add(byGroup, one, other, tier);
            Add(byGroup, other, one, tier);
        }
        return new IscoRelatedWork(byGroup, seen.Count / 2);
    }

    private static void Add(Dictionary<string, List<(Side, Side, OccupationRelation)>> byGroup, Side side, Side other, OccupationRelation tier)
    {
        if (!byGroup.TryGetValue(side.UnitGroup, out var listed)) byGroup[side.UnitGroup] = listed = [];
        listed.Add((side, other, tier));
    }
}
