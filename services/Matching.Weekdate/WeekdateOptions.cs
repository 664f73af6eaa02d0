using System.ComponentModel.DataAnnotations;

namespace Matching.Weekdate;

/// <summary>Weekdate list settings (section "Weekdate").</summary>
public sealed class WeekdateOptions
{
    public const string Section = "Weekdate";

    /// <summary>The clock the weekdate lives by: ISO weeks start on Monday 00:00 here.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>Candidates shown per new vacancy.</summary>
    [Range(1, 20)]
    public int TopCandidates { get; set; } = 5;

    /// <summary>Open vacancies shown per new or changed candidate.</summary>
    [Range(1, 20)]
    public int TopVacancies { get; set; } = 5;

    /// <summary>Hours short that still count as fixable ("a few hours"): more is a different person's week, not a near miss.</summary>
    [Range(0, 40)]
    public int MaxHoursShort { get; set; } = 8;

    /// <summary>
    /// New vacancies ranked at once. Each ranking is one index search that waits on nothing else, so one per core keeps
    /// the list fast without starving the ranking calls the host serves meanwhile (the reference machine has two).
    /// </summary>
    [Range(1, 16)]
    public int ConcurrentRankings { get; set; } = 2;

    /// <summary>
    /// Weeks a generated list's HTML and CSV stay downloadable (they name candidates and their fit): older ones are
    /// removed daily; the generations' counts and the snapshots the next lists compare with stay.
    /// </summary>
    [Range(1, 520)]
    public int KeepListsWeeks { get; set; } = 26;

    /// <summary>How much each section shows; what is left out is counted in the list.</summary>
    [Required]
    public WeekdateLimits Limits { get; set; } = new();

    [Required]
    public WeekdateScheduleOptions Schedule { get; set; } = new();
}
