namespace Matching.Weekdate;

/// <summary>A generated, recorded and published list with its renderings.</summary>
public sealed record WeekdateResult(string Reference, WeekdateList List, string Html, string Csv);
