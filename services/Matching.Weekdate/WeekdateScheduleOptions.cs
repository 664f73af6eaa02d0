using System.ComponentModel.DataAnnotations;

namespace Matching.Weekdate;

/// <summary>When the service generates the lists by itself (section "Weekdate:Schedule").</summary>
public sealed class WeekdateScheduleOptions
{
    public bool Enabled { get; set; }

    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    /// <summary>Local time of day in <see cref="WeekdateOptions.TimeZone"/>, "HH:mm".</summary>
    [RegularExpression("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    public string Time { get; set; } = "07:00";

    /// <summary>The municipalities or teams to generate for.</summary>
    public List<string> Parties { get; set; } = [];
}
