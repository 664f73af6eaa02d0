using System.Globalization;
using System.Net;
using System.Text;
using Matching.Domain.Candidates;

namespace Matching.Weekdate;

/// <summary>
/// Section 6 of the list, profielkwaliteit: how many of the party's own active profiles lack an occupation,
/// education, hours or certificates, or were not updated for six months (counted at the end of the week, so the
/// same week gives the same list), and which to fix first. The HTML names the first <see cref="ListedInHtml"/>; the CSV all.
/// </summary>
public static class ProfileQualitySection
{
    public const string Heading = "Profielkwaliteit";
    public const string CsvSection = "6 profielkwaliteit";
    public const int ListedInHtml = 20;

    public static void AppendHtml(StringBuilder html, WeekdateList list)
    {
        if (list.ProfileQuality is not { } q) return;
        html.Append($"<section id=\"profielkwaliteit\">\n<h2>6. {Heading}</h2>\n");
        html.Append($"<p>{q.ActiveProfiles} actieve profielen van {E(list.PartyName)}; {q.ToFix.Count} met iets aan te vullen.</p>\n");
        html.Append("<table><thead><tr><th>Ontbreekt</th><th>Profielen</th></tr></thead><tbody>\n");
        foreach (var gap in Enum.GetValues<ProfileGap>())
            html.Append($"<tr><td>{E(gap.Dutch())}</td><td>{q.CountOf(gap)}</td></tr>\n");
        html.Append("</tbody></table>\n");
        if (q.ToFix.Count > 0)
        {
            var first = q.ToFix.Take(ListedInHtml).Select(p => $"<span class=\"ref\">{E(p.Reference)}</span> ({E(string.Join(", ", p.Gaps.Select(g => g.Dutch())))})");
            var rest = q.ToFix.Count > ListedInHtml ? $"; en nog {q.ToFix.Count - ListedInHtml} (zie de CSV)" : "";
            html.Append($"<p>Eerst bijwerken: {string.Join("; ", first)}{rest}.</p>\n");
        }
        html.Append("</section>\n");
    }

    /// <summary>Rows in the CSV's columns: one per gap with its count, then one per profile to fix.</summary>
    public static IEnumerable<string[]> CsvRows(WeekdateList list)
    {
        if (list.ProfileQuality is not { } q) yield break;
        yield return [CsvSection, "actieve profielen", "", "", "", q.MunicipalityCode, "", "", Count(q.ActiveProfiles), ""];
        foreach (var gap in Enum.GetValues<ProfileGap>())
            yield return [CsvSection, gap.Dutch(), "", "", "", q.MunicipalityCode, "", "", Count(q.CountOf(gap)), ""];
        foreach (var p in q.ToFix)
            yield return [CsvSection, "bijwerken", "", "", p.Reference, q.MunicipalityCode, "", "", "", string.Join(", ", p.Gaps.Select(g => g.Dutch()))];
    }

    public static IEnumerable<string> ShownReferences(WeekdateList list) => list.ProfileQuality?.ToFix.Select(p => p.Reference) ?? [];

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
