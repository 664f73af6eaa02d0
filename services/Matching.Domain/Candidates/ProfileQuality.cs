using Matching.Domain.Common;

namespace Matching.Domain.Candidates;

/// <summary>What an active profile lacks for matching to work well (profielkwaliteit).</summary>
public enum ProfileGap
{
    /// <summary>No work experience naming an occupation (text or ESCO code): occupation fit, the heaviest factor, is 0.</summary>
    Occupation,
    /// <summary>No education level ("geen diploma bekend").</summary>
    Education,
    /// <summary>0 hours a week available: no vacancy's minimum is met.</summary>
    Hours,
    /// <summary>No certificate at all: every vacancy that requires one is closed.</summary>
    Certificates,
    /// <summary>Not updated for <see cref="ProfileQuality.StaleAfterMonths"/> months.</summary>
    Stale,
}

/// <summary>One active profile with what it lacks.</summary>
public sealed record ProfileToFix(string Reference, IReadOnlyList<ProfileGap> Gaps, DateTimeOffset UpdatedAt);

/// <summary>
/// Profielkwaliteit of one municipality's active profiles: how many lack each thing, and which to fix, most gaps
/// first, then least recently updated. The UWV kandidatenverkenner failed on this: 42% of its profiles had no
/// education level and most were stale.
/// </summary>
public sealed record ProfileQualityReport(string MunicipalityCode, int ActiveProfiles, IReadOnlyDictionary<ProfileGap, int> Counts, IReadOnlyList<ProfileToFix> ToFix)
{
    public int CountOf(ProfileGap gap) => Counts.GetValueOrDefault(gap);

    /// <summary>Profiles to fix beyond those in <see cref="ToFix"/> (a list that shows only the first ones).</summary>
    public int NotListed { get; init; }

    /// <summary>The first <paramref name="max"/> profiles to fix; the rest counted in <see cref="NotListed"/>.</summary>
    public ProfileQualityReport FirstToFix(int max) =>
        ToFix.Count <= max ? this : this with { ToFix = ToFix.Take(max).ToList(), NotListed = NotListed + ToFix.Count - max };
}

public static class ProfileQuality
{
    public const int StaleAfterMonths = 6;

    public static IReadOnlyList<ProfileGap> GapsOf(CandidateProfile profile, DateTimeOffset asOf)
    {
        var gaps = new List<ProfileGap>();
        if (!profile.Portfolio.WorkExperience.Any(w => !string.IsNullOrWhiteSpace(w.Occupation) || !string.IsNullOrWhiteSpace(w.OccupationCode)))
            gaps.Add(ProfileGap.Occupation);
        if (profile.Portfolio.EducationLevel == EducationLevel.None) gaps.Add(ProfileGap.Education);
        if (profile.HoursAvailablePerWeek <= 0) gaps.Add(ProfileGap.Hours);
        if (profile.Certificates.Count == 0) gaps.Add(ProfileGap.Certificates);
        if (profile.UpdatedAt < asOf.AddMonths(-StaleAfterMonths)) gaps.Add(ProfileGap.Stale);
        return gaps;
    }

    /// <summary>The report over the active profiles of <paramref name="municipalityCode"/> among <paramref name="profiles"/> (others are ignored).</summary>
    public static ProfileQualityReport For(string municipalityCode, IEnumerable<CandidateProfile> profiles, DateTimeOffset asOf)
    {
        var own = profiles.Where(p => p.MunicipalityCode == municipalityCode && p.Status == CandidateStatus.Active).ToList();
        var toFix = own
            .Select(p => new ProfileToFix(p.Reference, GapsOf(p, asOf), p.UpdatedAt))
            .Where(p => p.Gaps.Count > 0)
            .OrderByDescending(p => p.Gaps.Count).ThenBy(p => p.UpdatedAt).ThenBy(p => p.Reference, StringComparer.Ordinal)
            .ToList();
        var counts = Enum.GetValues<ProfileGap>().ToDictionary(g => g, g => toFix.Count(p => p.Gaps.Contains(g)));
        return new ProfileQualityReport(municipalityCode, own.Count, counts, toFix);
    }

    /// <summary>What is missing, as the meeting says it.</summary>
    public static string Dutch(this ProfileGap gap) => gap switch
    {
        ProfileGap.Occupation => "geen beroep",
        ProfileGap.Education => "geen opleiding",
        ProfileGap.Hours => "geen uren",
        ProfileGap.Certificates => "geen certificaten",
        ProfileGap.Stale => $"{StaleAfterMonths} maanden niet bijgewerkt",
        _ => "onbekend",
    };
}
