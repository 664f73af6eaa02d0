namespace Matching.Weekdate;

/// <summary>A generated list rendered as HTML and as CSV: what the ledger keeps for download, on any replica.</summary>
public sealed record WeekdateRenderings(string Html, string Csv);
