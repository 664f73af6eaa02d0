namespace Matching.Weekdate;

/// <summary>A generated, recorded and published list with its renderings and where they were written.</summary>
public sealed record WeekdateResult(string Reference, WeekdateList List, string Html, string Csv, string HtmlPath, string CsvPath);
