namespace Matching.Weekdate;

/// <summary>The record of one generation: which list, for whom, which week, by whom, when, with which ranker.</summary>
public sealed record WeekdateGeneration(
    string Reference, string Party, IsoWeek Week, DateTimeOffset GeneratedAt, string GeneratedBy, string RankerVersion, WeekdateSummary Summary);
