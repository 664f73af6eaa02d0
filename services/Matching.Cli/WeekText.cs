using System.Globalization;

namespace Matching.Cli;

/// <summary>Resolves the --week option: an ISO week as given, or "current"/"previous" (default current) on the Amsterdam clock.</summary>
public static class WeekText
{
    public static string Resolve(string? text, DateTimeOffset now)
    {
        var value = text?.Trim() ?? "";
        if (value is not ("" or "current" or "previous")) return value;
        var local = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime;
        if (value == "previous") local = local.AddDays(-7);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local):0000}-W{ISOWeek.GetWeekOfYear(local):00}");
    }
}
