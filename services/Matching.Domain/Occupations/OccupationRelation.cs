namespace Matching.Domain.Occupations;

/// <summary>How close a candidate's occupation is to the vacancy's, from the same occupation down to unrelated.</summary>
public enum OccupationRelation
{
    None,
    /// <summary>Same ISCO-08 minor group (3 digits), e.g. order picker and packer.</summary>
    SameMinorGroup,
    /// <summary>Same ISCO-08 unit group (4 digits), e.g. warehouse worker and order picker (9333).</summary>
    SameUnitGroup,
    /// <summary>One occupation is the other's broader or narrower occupation, or it was named by an alternative label or a compound.</summary>
    Close,
    Same,
}

public static class OccupationRelationExtensions
{
    /// <summary>How much of the occupation fit a relation keeps: same occupation 1, close 0.9, unit group 0.6, minor group 0.3.</summary>
    public static double Weight(this OccupationRelation relation) => relation switch
    {
        OccupationRelation.Same => 1.0,
        OccupationRelation.Close => 0.9,
        OccupationRelation.SameUnitGroup => 0.6,
        OccupationRelation.SameMinorGroup => 0.3,
        _ => 0.0,
    };

    /// <summary>The relation in the netwerker's words, naming the vacancy's occupation.</summary>
    public static string DutchPhrase(this OccupationRelation relation, string vacancyLabel) => relation switch
    {
        OccupationRelation.Same => "zelfde beroep",
        OccupationRelation.Close => $"verwant aan {vacancyLabel}",
        OccupationRelation.SameUnitGroup => $"zelfde beroepsgroep als {vacancyLabel}",
        OccupationRelation.SameMinorGroup => $"verwante beroepsgroep van {vacancyLabel}",
        _ => $"ander beroep dan {vacancyLabel}",
    };
}
