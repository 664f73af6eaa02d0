using System.Globalization;
using Matching.Domain.Candidates;

namespace Matching.Weekdate;

/// <summary>
/// Section 6 of the list, profielkwaliteit: how many of the party's own active profiles lack an occupation,
/// education, hours or certificates, or were not updated for six months (counted at the end of the week, so the
/// same week gives the same list), and which to fix first. The CSV names the first Weekdate:Limits:ProfilesToFix and
/// counts the rest; the HTML (<see cref="Html.ProfileGapsSection"/>) names the first <see cref="ListedInHtml"/>.
/// </summary>
public static class ProfileQualitySection
{
    public const string Heading = "Profielkwaliteit";
    public const string CsvSection = "6 profielkwaliteit";
    public const int ListedInHtml = 20;

    /// <summary>Rows in the CSV's columns: one per gap with its count, then one per profile to fix.</summary>
    public static IEnumerable<string[]> CsvRows(WeekdateList list)
    {
        if (list.ProfileQuality is not { } q) yield break;
        yield return [CsvSection, "actieve profielen", "", "", "", q.MunicipalityCode, "", "", Count(q.ActiveProfiles), ""];
        foreach (var gap in Enum.GetValues<ProfileGap>())
            yield return [CsvSection, gap.Dutch(), "", "", "", q.MunicipalityCode, "", "", Count(q.CountOf(gap)), ""];
        foreach (var p in q.ToFix)
            yield return [CsvSection, "bijwerken", "", "", p.Reference, q.MunicipalityCode, "", "", "", string.Join(", ", p.Gaps.Select(g => g.Dutch()))];
        if (q.NotListed > 0)
            yield return [CsvSection, "niet getoond", "", "", "", q.MunicipalityCode, "", "", Count(q.NotListed), "grens van de lijst"];
    }

    public static IEnumerable<string> ShownReferences(WeekdateList list) => list.ProfileQuality?.ToFix.Select(p => p.Reference) ?? [];

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
