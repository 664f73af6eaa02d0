using System.Globalization;
using System.Text;

namespace Matching.Weekdate;

/// <summary>
/// The list as CSV for spreadsheets: one row per line item, the section in the first column. Semicolons and decimal
/// commas, as Dutch spreadsheet settings expect. No generation time, so the same list gives the same bytes.
/// </summary>
public static class WeekdateCsv
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly string[] Header = ["sectie", "onderdeel", "vacature", "vacaturetitel", "kandidaat", "gemeente", "rang", "score", "aantal", "toelichting"];

    public static string Render(WeekdateList list)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        Row(csv, "lijst", list.Party, "", "", "", "", "", "", list.Week.ToString(), $"ranker {list.RankerVersion}");
        var leftOut = list.LeftOut;
        if (leftOut.PoolCandidates > 0)
            Row(csv, "lijst", "kandidaten niet gelezen", "", "", "", "", "", "", leftOut.PoolCandidates.ToString(CultureInfo.InvariantCulture), "grens per gemeente en trede; ontbreken in alle onderdelen");
        if (leftOut.PoolVacanciesCapped)
            Row(csv, "lijst", "vacatures niet gelezen", "", "", "", "", "", "", "", "meer open vacatures dan de grens; alleen de laatst gewijzigde gelezen");
        foreach (var entry in list.NewVacancies)
        {
            var v = entry.Vacancy;
            if (entry.Top.Count == 0) Row(csv, "1 nieuwe vacatures", v.Branche.ToString(), v.Id, v.Title, "", "", "", "", Count(entry.EligibleCount), "geen geschikte kandidaat");
            for (var i = 0; i < entry.Top.Count; i++)
            {
                var c = entry.Top[i];
                Row(csv, "1 nieuwe vacatures", v.Branche.ToString(), v.Id, v.Title, c.CandidateRef, c.MunicipalityCode, Count(i + 1), Score(c.Score), Count(entry.EligibleCount), Chips(c.Chips));
            }
        }
        LeftOutRow(csv, "1 nieuwe vacatures", leftOut.NewVacancies);
        foreach (var entry in list.Candidates)
        {
            var changes = string.Join(", ", entry.Changes);
            if (entry.Top.Count == 0) Row(csv, "2 kandidaten", changes, "", "", entry.CandidateRef, entry.MunicipalityCode, "", "", Count(entry.EligibleCount), "geen passende open vacature");
            for (var i = 0; i < entry.Top.Count; i++)
            {
                var p = entry.Top[i];
                Row(csv, "2 kandidaten", changes, p.Vacancy.Id, p.Vacancy.Title, entry.CandidateRef, entry.MunicipalityCode, Count(i + 1), Score(p.Score), Count(entry.EligibleCount), Chips(p.Chips));
            }
        }
        LeftOutRow(csv, "2 kandidaten", leftOut.Candidates);
        foreach (var group in list.NearMisses)
        {
            foreach (var pair in group.Pairs)
                Row(csv, "3 bijna-matches", group.Missing, pair.VacancyId, "", pair.CandidateRef, "", "", "", "", pair.Detail);
            if (group.PairsLeftOut > 0)
                Row(csv, "3 bijna-matches", group.Missing, "", "", "", "", "", "", Count(group.PairsLeftOut), $"paren niet getoond; de groep opent {Count(group.VacancyCount)} vacatures voor {Count(group.CandidateCount)} kandidaten");
        }
        LeftOutRow(csv, "3 bijna-matches", leftOut.NearMissGroups, "groepen niet getoond");
        foreach (var v in list.Mismatch.WithoutCandidates)
            Row(csv, "4 mismatch", "vacature zonder kandidaat", v.Id, v.Title, "", v.MunicipalityCode, "", "", "0", $"{v.Branche}, {v.Steps}");
        LeftOutRow(csv, "4 mismatch", leftOut.VacanciesWithoutCandidates);
        foreach (var cell in list.Mismatch.Cells)
            Row(csv, "4 mismatch", $"{cell.Branche} trede {cell.Step}", "", "", "", "", "", "", Count(cell.Opportunities), $"{Count(cell.Candidates)} kandidaten");
        foreach (var f in list.FollowUps)
            Row(csv, "5 opvolging", $"voorgesteld {f.ProposedIn}", f.VacancyId, f.VacancyTitle, f.CandidateRef, "", "", "", "", "nog geen uitkomst vastgelegd");
        LeftOutRow(csv, "5 opvolging", leftOut.FollowUps);
        foreach (var row in ProfileQualitySection.CsvRows(list)) Row(csv, row);
        return csv.ToString();
    }

    /// <summary>What a section's limit left out, as a row of its own: a spreadsheet shows it where the section ends.</summary>
    private static void LeftOutRow(StringBuilder csv, string section, int leftOut, string what = "niet getoond")
    {
        if (leftOut > 0) Row(csv, section, what, "", "", "", "", "", "", Count(leftOut), "grens van de lijst");
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Score(double score) => score.ToString("0.0", Dutch);

    private static string Chips(IEnumerable<Chip> chips) => string.Join(" | ", chips.Select(c => (c.Positive ? "✓ " : "✗ ") + c.Text));

    private static void Row(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(';', fields.Select(Escape));
        csv.Append("\r\n");
    }

    private static string Escape(string field)
    {
        // A leading = + - @ would make a spreadsheet evaluate employer-entered text as a formula.
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@') field = "'" + field;
        return field.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
