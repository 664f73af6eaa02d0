using Matching.Cli.Commands;

namespace Matching.Cli.Output;

public static class VacancyTableFormatter
{
    public static string Format(IReadOnlyList<VacancySummary> vacancies)
    {
        if (vacancies.Count == 0) return "No vacancies found." + Environment.NewLine;
        var rows = vacancies.Select(v => new[]
        {
            v.Id, v.Title ?? "", v.Employer ?? "", v.Kind ?? "", v.Branche ?? "", Places.Postcode(v.Pc4),
        }).ToArray();
        return TextTable.Render(["Id", "Title", "Employer", "Kind", "Branche", "Place"], rows)
               + $"{vacancies.Count} vacanc{(vacancies.Count == 1 ? "y" : "ies")}{Environment.NewLine}";
    }
}
