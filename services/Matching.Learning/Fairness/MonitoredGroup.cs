namespace Matching.Learning.Fairness;

/// <summary>
/// The focus groups the municipalities monitor (not rank on): young people under 27, people 55 and over, women,
/// statushouders. Membership is null when the attribute is unknown; such candidates are left out of that comparison.
/// </summary>
public sealed record MonitoredGroup(string Name, Func<MonitoringProfile, int, bool?> IsMember)
{
    public static IReadOnlyList<MonitoredGroup> All { get; } =
    [
        new("under_27", (p, year) => p.BirthYear is { } born ? year - born < 27 : null),
        new("55_plus", (p, year) => p.BirthYear is { } born ? year - born >= 55 : null),
        new("women", (p, _) => p.Gender is { } gender ? gender == MonitoredGender.Female : null),
        new("statushouders", (p, _) => p.Statushouder),
    ];
}
