namespace Matching.Weekdate;

/// <summary>A request to generate the list of <paramref name="Party"/> for <paramref name="Week"/>, made by <paramref name="RequestedBy"/> (a client name or "schedule").</summary>
public sealed record WeekdateRequest(string Party, IsoWeek Week, string RequestedBy);
