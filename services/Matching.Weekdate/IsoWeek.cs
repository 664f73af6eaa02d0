using System.Globalization;
using System.Text.RegularExpressions;

namespace Matching.Weekdate;

/// <summary>An ISO-8601 week ("2026-W48"): Monday to Sunday, the rhythm of the weekdate.</summary>
public readonly partial record struct IsoWeek(int Year, int Week)
{
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (text is null || IsoWeekPattern().Match(text.Trim()) is not { Success: true } match) return false;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100 || number < 1 || number > ISOWeek.GetWeeksInYear(year)) return false;
        week = new IsoWeek(year, number);
        return true;
    }

    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week like 2026-W48.");

    /// <summary>The ISO week that holds <paramref name="moment"/> on the clock of <paramref name="zone"/>.</summary>
    public static IsoWeek Containing(DateTimeOffset moment, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(moment, zone).DateTime;
        return new IsoWeek(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));
    }

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    /// <summary>Monday 00:00 of this week in <paramref name="zone"/> (inclusive).</summary>
    public DateTimeOffset StartIn(TimeZoneInfo zone) => LocalMidnight(Monday, zone);

    /// <summary>Monday 00:00 of the next week in <paramref name="zone"/> (exclusive).</summary>
    public DateTimeOffset EndIn(TimeZoneInfo zone) => LocalMidnight(Monday.AddDays(7), zone);

    public IsoWeek Previous() => WeeksLater(-1);

    public IsoWeek Next() => WeeksLater(1);

    public IsoWeek WeeksLater(int weeks)
    {
        var monday = Monday.AddDays(7 * weeks).ToDateTime(TimeOnly.MinValue);
        return new IsoWeek(ISOWeek.GetYear(monday), ISOWeek.GetWeekOfYear(monday));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-W{Week:00}");

    private static DateTimeOffset LocalMidnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    [GeneratedRegex("^([0-9]{4})-W([0-9]{2})$")]
    private static partial Regex IsoWeekPattern();
}
