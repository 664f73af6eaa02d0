namespace Matching.Domain.Occupations;

/// <summary>
/// What the normaliser (or a given code) made of a title or occupation text, as the APIs return it so a person can
/// correct it by sending the code: the ESCO occupation, how sure, how it was found, and the other readings.
/// </summary>
public sealed record OccupationReading(string Code, string Uuid, string Label, double Confidence, OccupationSource Source,
    IReadOnlyList<OccupationAlternative> Alternatives)
{
    /// <summary>The reading of a match; null when nothing was recognised.</summary>
    public static OccupationReading? Of(OccupationMatch? match) => match is null ? null
        : new OccupationReading(match.Occupation.Code, match.Occupation.Uuid, match.Occupation.PreferredLabel, match.Confidence, match.Source,
            [.. match.Alternatives.Select(o => new OccupationAlternative(o.Code, o.Uuid, o.PreferredLabel))]);
}

/// <summary>Another ESCO occupation the text may name.</summary>
public sealed record OccupationAlternative(string Code, string Uuid, string Label);
