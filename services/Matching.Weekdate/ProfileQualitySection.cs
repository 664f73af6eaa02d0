using System.Globalization;
using System.Net;
using System.Text;
using Matching.Domain.Candidates;

namespace Matching.Weekdate;

/// <summary>
/// Section 6 of the list, profielkwaliteit: how many of the party's own active profiles lack an occupation,
/// education, hours or certificates, or were not updated for six months (counted at the end of the week, so the
/// same week gives the same list), and which to fix first. The CSV names the first Weekdate:Limits:ProfilesToFix and
/// counts the rest; the HTML names the first <see cref="ListedInHtml"/>.
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
        html.Append($"<p>{q.ActiveProfiles} actieve profielen van {E(list.PartyName)}; {q.ToFix.Count + q.NotListed} met iets aan te vullen.</p>\n");
        html.Append("<table><thead><tr><th>Ontbreekt</th><th>Profielen</th></tr></thead><tbody>\n");
        foreach (var gap in Enum.GetValues<ProfileGap>())
            html.Append($"<tr><td>{E(gap.Dutch())}</td><td>{q.CountOf(gap)}</td></tr>\n");
        html.Append("</tbody></table>\n");
        if (q.ToFix.Count > 0)
        {
            var first = q.ToFix.Take(ListedInHtml).Select(p => $"<span class=\"ref\">{E(p.Reference)}</span> ({E(string.Join(", ", p.Gaps.Select(g => g.Dutch())))})");
            var inCsv = Math.Max(0, q.ToFix.Count - ListedInHtml);
            var rest = (inCsv, q.NotListed) switch
            {
                (0, 0) => "",
                (_, 0) => $"; en nog {inCsv} (zie de CSV)",
                (0, _) => $"; en nog {q.NotListed} (grens van de lijst: zie Profielkwaliteit in de werkbank)",
                _ => $"; en nog {inCsv} in de CSV en {q.NotListed} daarbuiten (grens van de lijst: zie Profielkwaliteit in de werkbank)",
            };
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
        if (q.NotListed > 0)
            yield return [CsvSection, "niet getoond", "", "", "", q.MunicipalityCode, "", "", Count(q.NotListed), "grens van de lijst"];
    }

    public static IEnumerable<string> ShownReferences(WeekdateList list) => list.ProfileQuality?.ToFix.Select(p => p.Reference) ?? [];

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
