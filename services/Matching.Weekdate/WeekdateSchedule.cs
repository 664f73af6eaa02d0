using System.Globalization;
using Microsoft.Extensions.Options;

namespace Matching.Weekdate;

/// <summary>
/// Generates the lists inside the service at the configured moment (default Monday 07:00 Europe/Amsterdam, when
/// Weekdate:Schedule:Enabled). It generates the week that just ended: on Monday morning that week's changes are
/// complete, and they are what the meeting discusses. Every replica with the schedule on generates, so a deployment
/// that runs the k8s CronJob (or several replicas) keeps it off: one source of the schedule per deployment.
/// </summary>
public sealed class WeekdateSchedule(IServiceScopeFactory scopes, IOptions<WeekdateOptions> options, TimeProvider clock, ILogger<WeekdateSchedule> logger)
    : BackgroundService
{
    public const string RequestedBy = "schedule";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Schedule.Enabled) return;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        DateTimeOffset? previous = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = FollowingRun(now, previous, settings.Schedule, zone);
            logger.LogInformation("Next weekdate lists at {Next:O} for {Parties}", next, string.Join(", ", settings.Schedule.Parties));
            await Task.Delay(next - now, clock, stoppingToken);
            previous = next;
            var week = IsoWeek.Containing(next, zone).Previous();
            foreach (var party in settings.Schedule.Parties)
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<WeekdateService>()
                        .GenerateAsync(new WeekdateRequest(party, week, RequestedBy), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Scheduled weekdate list for {Party} {Week} failed; the next run tries again", party, week);
                }
            }
        }
    }

    /// <summary>
    /// The next run after <paramref name="now"/> and after the run just made. A timer may wake a moment before the
    /// moment it waited for (it counts whole milliseconds on another clock); going by the clock alone, that same
    /// moment would then come next once more and every list would be generated twice.
    /// </summary>
    public static DateTimeOffset FollowingRun(DateTimeOffset now, DateTimeOffset? previous, WeekdateScheduleOptions schedule, TimeZoneInfo zone) =>
        NextRun(previous is { } run && run > now ? run : now, schedule, zone);

    /// <summary>The first configured day and local time strictly after <paramref name="now"/>, on the clock of <paramref name="zone"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, WeekdateScheduleOptions schedule, TimeZoneInfo zone)
    {
        var time = TimeOnly.ParseExact(schedule.Time, "HH:mm", CultureInfo.InvariantCulture);
        var localNow = TimeZoneInfo.ConvertTime(now, zone);
        var day = DateOnly.FromDateTime(localNow.DateTime);
        for (var i = 0; i <= 7; i++)
        {
            var candidate = day.AddDays(i);
            if (candidate.DayOfWeek != schedule.Day) continue;
            var local = candidate.ToDateTime(time, DateTimeKind.Unspecified);
            if (zone.IsInvalidTime(local)) local = local.AddHours(1);
            var at = new DateTimeOffset(local, zone.GetUtcOffset(local));
            if (at > now) return at;
        }
        throw new InvalidOperationException("No next run within eight days.");
    }
}
