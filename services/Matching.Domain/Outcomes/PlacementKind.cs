namespace Matching.Domain.Outcomes;

/// <summary>How a candidate was placed.</summary>
public enum PlacementKind
{
    Regular,
    /// <summary>With loonkostensubsidie (wage-cost subsidy).</summary>
    Loonkostensubsidie,
    BeschutWerk,
    Werkervaringsplek,
    Proefplaatsing,
    Leerwerkplek,
    Vrijwilligerswerk,
}
