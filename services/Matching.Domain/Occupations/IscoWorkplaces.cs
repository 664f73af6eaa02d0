namespace Matching.Domain.Occupations;

/// <summary>
/// Which skilled trades and operators the labourers of an industry work alongside, from ISCO-08's own descriptions of its
/// elementary occupations (major group 9): labourers of an industry do the simple tasks of that industry and assist its
/// trades and operators on the same shop floor, so experience on one side is relevant to the other.
/// <list type="bullet">
/// <item>921 agricultural, forestry and fishery labourers: the skilled workers of the same kind of farming (crop and
/// garden labourers 9211 and 9214 with 611 growers and gardeners, livestock 9212 with 612, mixed 9213 with 613, forestry
/// 9215 with 621, fishery and aquaculture 9216 with 622).</item>
/// <item>932 manufacturing labourers: 81 stationary plant and machine operators, 82 assemblers.</item>
/// <item>9333 freight handlers: the freight side of 83 (8343 crane and 8344 lifting truck operators; not bus, taxi or
/// train drivers) and 4321 stock clerks. Shelf fillers (9334) work in shops, not there. Heavy truck drivers (8332) load
/// at the dock but drive away: netwerkers graded them 0.08 on average for warehouse and order-picking work and the
/// other way round (138 pairs on seventeen development sets, stop 47).</item>
/// <item>9412 kitchen helpers: 512 cooks. Fast-food preparers (9411) stand at a fryer or an oven of their own: cooks
/// and they were graded 0.06 for each other (101 pairs on four development sets).</item>
/// </list>
/// Cleaners (91), street workers (95) and refuse workers (96) assist no particular trade and have none. Construction
/// labourers (931) are left out: ESCO names the trade an opperman assists in his labels ("opperman metselwerk", see
/// <see cref="OccupationLabelLinks"/>), and a netwerker does not propose a labourer for every building trade (the
/// judged set grades an opperman 0 for a timmerman vacancy).
/// </summary>
public static class IscoWorkplaces
{
    /// <summary>The labourers' group and the groups (any depth of the ISCO code) they work alongside.</summary>
    private static readonly (string Labourers, string[] Alongside)[] Table =
    [
        ("9211", ["611"]),
        ("9212", ["612"]),
        ("9213", ["613"]),
        ("9214", ["611"]),
        ("9215", ["621"]),
        ("9216", ["622"]),
        ("932", ["81", "82"]),
        ("9333", ["8343", "8344", "4321"]),
        ("9412", ["512"]),
    ];

    /// <summary>True when one unit group's labourers work alongside the other's trade or operators (symmetric).</summary>
    public static bool WorkAlongside(string iscoUnitGroup, string otherUnitGroup) =>
        Assists(iscoUnitGroup, otherUnitGroup) || Assists(otherUnitGroup, iscoUnitGroup);

    /// <summary>
    /// True when the vacancy's occupation is a manufacturing labourer's (932) and the candidate's an operator's or
    /// assembler's of manufacturing (81, 82): see <see cref="OccupationRelation.OperatedOnProductionFloor"/>.
    /// </summary>
    public static bool OperatesOnProductionFloor(string vacancyUnitGroup, string candidateUnitGroup) =>
        vacancyUnitGroup.StartsWith("932", StringComparison.Ordinal) && candidateUnitGroup is ['8', '1' or '2', ..];

    private static bool Assists(string labourers, string trade)
    {
        foreach (var (group, alongside) in Table)
        {
            if (!labourers.StartsWith(group, StringComparison.Ordinal)) continue;
            foreach (var prefix in alongside)
                if (trade.StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
