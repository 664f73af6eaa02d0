using System.Globalization;
using Matching.Search;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>Demo data is dated from the day it is seeded, so the current week's weekdate has content and no date in it has passed.</summary>
public sealed class Seeding_demo_data_dated_from_today : IDisposable
{
    private readonly MatchingHostFactory _host = new(demoClients: true, settings: new Dictionary<string, string> { ["Demo:Seed"] = "true" });

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    [Fact]
    public async Task The_current_week_has_new_vacancies_and_every_start_date_is_ahead()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var amsterdam = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime;
        var week = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(amsterdam):0000}-W{ISOWeek.GetWeekOfYear(amsterdam):00}");

        var response = await new WeekdateService.WeekdateServiceClient(_host.Channel("demo-key-wsp"))
            .GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = "GM0148", IsoWeek = week, OmitFiles = true });

        Assert.True(response.Summary.NewVacancies > 0, "the current week's weekdate has no new vacancies");
        Assert.True(response.Summary.NewOrChangedCandidates > 0, "the current week's weekdate has no new candidates");
        var vacancies = await _host.Services.GetRequiredService<IVacancyIndex>().SearchAsync(new VacancyQuery { Size = 100 });
        var starts = vacancies.Select(v => v.StartDate).OfType<DateOnly>().ToList();
        Assert.NotEmpty(starts);
        // The generator starts vacancies 7 to 120 days after its reference date.
        Assert.All(starts, start => Assert.InRange(start, today.AddDays(6), today.AddDays(121)));
    }
}
