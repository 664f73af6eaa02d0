namespace Matching.Domain.Occupations;

/// <summary>
/// An ESCO occupation (beroep) with its Dutch labels. <see cref="Code"/> is the ESCO code ("9333.8"); ESCO reuses a
/// few codes for two occupations, so <see cref="Uuid"/> is the identity.
/// </summary>
/// <param name="IscoGroup">The ISCO-08 unit group (4 digits, e.g. "9333").</param>
/// <param name="Broader">Uuids of the broader ESCO occupations (empty when the occupation sits directly under its ISCO group).</param>
public sealed record Occupation(
    string Uuid,
    string Code,
    string IscoGroup,
    string PreferredLabel,
    IReadOnlyList<string> AltLabels,
    IReadOnlyList<string> Broader)
{
    /// <summary>The ISCO-08 minor group (the unit group's first three digits).</summary>
    public string IscoMinorGroup => IscoGroup.Length >= 3 ? IscoGroup[..3] : IscoGroup;

    /// <summary>The ISCO-08 sub-major group (2 digits, e.g. "93").</summary>
    public string IscoSubMajorGroup => IscoGroup.Length >= 2 ? IscoGroup[..2] : IscoGroup;

    /// <summary>Whether the ESCO code is this occupation's or one it is narrower than in code ("9333.8" of "9333.8.1").</summary>
    public bool HasCodeWithin(string code) =>
        Code == code || (Code.Length > code.Length && Code.StartsWith(code, StringComparison.Ordinal) && Code[code.Length] == '.');
}

/// <summary>A group of the ISCO-08 hierarchy (1 to 4 digits) with its Dutch label.</summary>
public sealed record IscoGroup(string Code, string Label, string? BroaderCode);
