using System.Globalization;
using Matching.Domain.Candidates;
using Matching.Domain.Validation;

namespace Matching.Candidates.Import;

/// <summary>
/// Maps CSV rows to <see cref="CandidateInput"/>. One column per field (names as in the JSON API); list cells use
/// '|' between items; work experience items are "branche:occupation:years[:occupationCode[:endedYear]]" (an empty
/// occupation code lets the normaliser read the occupation); certificates "code:issuedOn[:expiresOn]"; "about" is the
/// candidate's own words.
/// </summary>
public static class CandidateCsvMapper
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "reference", "municipalityCode", "postcode", "maxTravelKm", "hoursAvailablePerWeek", "participationStep",
        "category", "clientGroup", "languageLevel", "educationLevel", "education", "workExperience", "skills",
        "interests", "about", "certificates", "doelgroepregister", "beschutWerkIndication", "workshops", "consent", "status", "waitingSince",
        "expectedVersion",
    ];

    /// <summary>Line number in the file of data row <paramref name="index"/> (the header is line 1).</summary>
    public static string RowName(int index) => $"line {index + 2}";

    public static (IReadOnlyList<CandidateInput> Rows, IReadOnlyList<FieldError> Errors) Map(CsvTable table)
    {
        if (table.Errors.Count > 0) return ([], table.Errors);
        var errors = new List<FieldError>();
        var unknown = table.Header.Where(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0) errors.Add(new("header", $"unknown columns {string.Join(", ", unknown)}; expected {string.Join(", ", Columns)}."));
        if (!table.Header.Contains("reference", StringComparer.OrdinalIgnoreCase)) errors.Add(new("header", "the column 'reference' is required."));
        if (errors.Count > 0) return ([], errors);

        var rows = new List<CandidateInput>(table.Rows.Count);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var cells = table.Rows[i];
            var line = RowName(i);
            if (cells.Count != table.Header.Count)
            {
                errors.Add(new(line, $"has {cells.Count} cells; the header has {table.Header.Count}."));
                continue;
            }
            string? Cell(string column)
            {
                var index = IndexOf(table.Header, column);
                return index < 0 || string.IsNullOrWhiteSpace(cells[index]) ? null : cells[index].Trim();
            }
            int? Int(string column) => ParseNumber(Cell(column), $"{line}.{column}", errors, s => int.Parse(s, CultureInfo.InvariantCulture));
            bool? Bool(string column) => ParseNumber(Cell(column), $"{line}.{column}", errors, ParseBool);
            rows.Add(new CandidateInput
            {
                Reference = Cell("reference"),
                MunicipalityCode = Cell("municipalityCode"),
                Postcode = Cell("postcode"),
                MaxTravelKm = Int("maxTravelKm"),
                HoursAvailablePerWeek = Int("hoursAvailablePerWeek"),
                ParticipationStep = Int("participationStep"),
                Category = Cell("category"),
                ClientGroup = Cell("clientGroup"),
                LanguageLevel = Cell("languageLevel"),
                WaitingSince = Cell("waitingSince"),
                Portfolio = new PortfolioInput
                {
                    EducationLevel = Cell("educationLevel"),
                    Education = List(Cell("education")),
                    WorkExperience = List(Cell("workExperience")).Select((item, j) => Experience(item, $"{line}.workExperience[{j}]", errors)).ToArray(),
                    Skills = List(Cell("skills")),
                    Interests = List(Cell("interests")),
                    About = Cell("about"),
                },
                Certificates = List(Cell("certificates")).Select(Certificate).ToArray(),
                Doelgroepregister = Bool("doelgroepregister"),
                BeschutWerkIndication = Bool("beschutWerkIndication"),
                Workshops = List(Cell("workshops")),
                Consent = Cell("consent"),
                Status = Cell("status"),
                ExpectedVersion = ParseNumber(Cell("expectedVersion"), $"{line}.expectedVersion", errors, s => long.Parse(s, CultureInfo.InvariantCulture)),
            });
        }
        return (rows, errors);
    }

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
            if (string.Equals(header[i], column, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static string?[] List(string? cell) =>
        cell is null ? [] : cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static WorkExperienceInput? Experience(string? item, string field, List<FieldError> errors)
    {
        var parts = item!.Split(':');
        int? endedYear = null;
        if (parts.Length is >= 3 and <= 5
            && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var years)
            && (parts.Length < 5 || TryYear(parts[4], out endedYear)))
            return new WorkExperienceInput(parts[0].Trim(), parts[1].Trim(), years,
                parts.Length > 3 && parts[3].Trim().Length > 0 ? parts[3].Trim() : null, endedYear);
        errors.Add(new(field, "must be 'branche:occupation:years[:occupationCode[:endedYear]]', e.g. 'Logistiek:orderpicker:3:9333.8.1:2024'."));
        return null;
    }

    private static bool TryYear(string text, out int? year)
    {
        year = null;
        if (text.Trim().Length == 0) return true;
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return false;
        year = value;
        return true;
    }

    private static CertificateInput? Certificate(string? item)
    {
        var parts = item!.Split(':');
        return new CertificateInput(parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : null, parts.Length > 2 ? parts[2].Trim() : null);
    }

    private static bool ParseBool(string s) => s.ToLowerInvariant() switch
    {
        "true" or "ja" or "1" or "yes" => true,
        "false" or "nee" or "0" or "no" => false,
        _ => throw new FormatException(),
    };

    private static T? ParseNumber<T>(string? cell, string field, List<FieldError> errors, Func<string, T> parse) where T : struct
    {
        if (cell is null) return null;
        try { return parse(cell); }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            errors.Add(new(field, $"'{(cell.Length > 40 ? cell[..40] : cell)}' is not a valid {(typeof(T) == typeof(bool) ? "yes/no value" : "number")}."));
            return null;
        }
    }
}
