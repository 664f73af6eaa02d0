using Matching.Weekdate;

namespace Matching.Weekdate.Tests;

public sealed class Weeks_and_the_schedule
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Theory]
    [InlineData("2026-W48", true)]
    [InlineData("2026-W53", true)]
    [InlineData("2025-W53", false)]
    [InlineData("2026-W00", false)]
    [InlineData("2026-48", false)]
    [InlineData("", false)]
    public void An_iso_week_parses_only_when_it_exists(string text, bool valid) => Assert.Equal(valid, IsoWeek.TryParse(text, out _));

    [Fact]
    public void Week_48_of_2026_runs_from_Monday_23_November_in_Amsterdam()
    {
        var week = IsoWeek.Parse("2026-W48");
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(1)), week.StartIn(Amsterdam));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(1)), week.EndIn(Amsterdam));
        Assert.Equal("2026-W47", week.Previous().ToString());
        Assert.Equal("2025-W52", IsoWeek.Parse("2026-W01").Previous().ToString());
        Assert.Equal("2026-W49", week.Next().ToString());
        // 2026 has 53 ISO weeks: the one after its last is 2027's first.
        Assert.Equal("2027-W01", IsoWeek.Parse("2026-W53").Next().ToString());
        Assert.Equal("2026-W53", IsoWeek.Parse("2027-W01").Previous().ToString());
    }

    [Fact]
    public void The_schedule_runs_next_Monday_at_seven_Amsterdam_time_also_in_summer()
    {
        var schedule = new WeekdateScheduleOptions();
        var winter = WeekdateSchedule.NextRun(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), schedule, Amsterdam);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero), winter.ToUniversalTime());
        var summer = WeekdateSchedule.NextRun(new DateTimeOffset(2026, 6, 29, 5, 30, 0, TimeSpan.Zero), schedule, Amsterdam);
        Assert.Equal(new DateTimeOffset(2026, 7, 6, 5, 0, 0, TimeSpan.Zero), summer.ToUniversalTime());
    }

    [Fact]
    public void A_timer_that_wakes_a_moment_early_does_not_run_the_same_Monday_twice()
    {
        var schedule = new WeekdateScheduleOptions();
        var monday = new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
        var wokeEarly = monday.AddTicks(-5_000);

        var following = WeekdateSchedule.FollowingRun(wokeEarly, monday, schedule, Amsterdam);

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero), following.ToUniversalTime());
    }

    [Fact]
    public void The_first_run_and_a_late_wake_go_by_the_clock()
    {
        var schedule = new WeekdateScheduleOptions();
        var monday = new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

        Assert.Equal(monday, WeekdateSchedule.FollowingRun(monday.AddDays(-2), null, schedule, Amsterdam).ToUniversalTime());
        Assert.Equal(monday.AddDays(7), WeekdateSchedule.FollowingRun(monday.AddSeconds(3), monday, schedule, Amsterdam).ToUniversalTime());
    }
}
