using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Matching.Weekdate;

/// <summary>
/// The list as CSV for spreadsheets: one row per line item, the section in the first column. Semicolons and decimal
/// commas, as Dutch spreadsheet settings expect. No generation time, so the same list gives the same bytes. Written by
/// CsvHelper: a cell is quoted when it holds a ';', a quote or a line break, and a cell starting with = + - @ (or a tab
/// or carriage return) gets a leading apostrophe, so a spreadsheet never evaluates employer-entered text as a formula.
/// </summary>
public static class WeekdateCsv
{
    private static readonly string[] Header = ["sectie", "onderdeel", "vacature", "vacaturetitel", "kandidaat", "gemeente", "rang", "score", "aantal", "toelichting"];

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        Delimiter = ";",
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
        ShouldQuote = cell => cell.Field.AsSpan().IndexOfAny(";\"\r\n") >= 0,
    };

    public static string Render(WeekdateList list)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, Configuration);
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
                Row(csv, "1 nieuwe vacatures", v.Branche.ToString(), v.Id, v.Title, c.CandidateRef, c.MunicipalityCode, Count(i + 1), Dutch.Score(c.Score), Count(entry.EligibleCount), Chips(c.Chips));
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
                Row(csv, "2 kandidaten", changes, p.Vacancy.Id, p.Vacancy.Title, entry.CandidateRef, entry.MunicipalityCode, Count(i + 1), Dutch.Score(p.Score), Count(entry.EligibleCount), Chips(p.Chips));
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
        csv.Flush();
        return text.ToString();
    }

    /// <summary>What a section's limit left out, as a row of its own: a spreadsheet shows it where the section ends.</summary>
    private static void LeftOutRow(CsvWriter csv, string section, int leftOut, string what = "niet getoond")
    {
        if (leftOut > 0) Row(csv, section, what, "", "", "", "", "", "", Count(leftOut), "grens van de lijst");
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Chips(IEnumerable<Chip> chips) => string.Join(" | ", chips.Select(c => (c.Positive ? "✓ " : "✗ ") + c.Text));

    private static void Row(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields) csv.WriteField(field);
        csv.NextRecord();
    }
}
