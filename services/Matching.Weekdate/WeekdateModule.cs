using Matching.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Matching.Weekdate;

public static class WeekdateModule
{
    /// <summary>The weekdate list: generator, ledger, renderers' orchestration and the schedule (off unless Weekdate:Schedule:Enabled).</summary>
    public static IHostApplicationBuilder AddWeekdate(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WeekdateOptions>().BindConfiguration(WeekdateOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneKnown(o.TimeZone), "Weekdate:TimeZone must be a known time zone id such as Europe/Amsterdam.")
            .Validate(o => o.Schedule.Parties.Count > 0 || !o.Schedule.Enabled, "Weekdate:Schedule:Parties needs at least one party when the schedule is enabled.")
            .ValidateOnStart();
        builder.Services.AddOptions<WeekdateScheduleOptions>().BindConfiguration(WeekdateOptions.Section + ":Schedule")
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<WeekdateLimits>().BindConfiguration(WeekdateOptions.Section + ":Limits")
            .ValidateDataAnnotations().ValidateOnStart();
        // Replaced by the outcome store once outcomes are recorded (Learning); until then every proposal needs follow-up.
        builder.Services.TryAddSingleton<IMatchOutcomeLookup, NoMatchOutcomes>();
        builder.Services.AddStore<IWeekdateLedger, SqliteWeekdateLedger, PostgresWeekdateLedger>();
        builder.Services.AddSingleton<PairEvaluator>();
        builder.Services.AddScoped<WeekdatePool>();
        builder.Services.AddScoped<WeekdateGenerator>();
        builder.Services.AddScoped<WeekdateService>();
        builder.Services.AddHostedService<WeekdateSchedule>();
        builder.Services.AddHostedService<WeekdateListRetention>();
        return builder;
    }

    private static bool TimeZoneKnown(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}
