using Matching.Domain.Candidates;
using Matching.Domain.Common;

namespace Matching.Weekdate.Tests;

/// <summary>Section 6, profielkwaliteit: the party's own active profiles that lack something, in the list, its HTML and its CSV.</summary>
public sealed class Listing_profiles_to_fix : IDisposable
{
    private const string Week48 = "2026-W48";
    private readonly WeekdateWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Own_profiles_without_education_or_not_updated_for_six_months_are_listed_and_neighbours_are_not()
    {
        var complete = Build.Candidate("DAL-1", Build.InWeek48, "HEFTRUCK") with
        {
            Portfolio = Build.Candidate("DAL-1", Build.InWeek48).Portfolio with { EducationLevel = EducationLevel.Mbo2 },
        };
        // No education level (Build's default), and last updated in March: two gaps.
        var stale = Build.Candidate("DAL-2", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), "HEFTRUCK");
        // An Ommen candidate Dalfsen may see (subregion consent) but does not own.
        var neighbour = Build.Candidate("OMM-1", Build.InWeek48) with { MunicipalityCode = Build.Ommen };
        await _world.Add(complete, stale, neighbour);

        var list = await _world.GenerateAsync(Week48);

        var quality = list.ProfileQuality!;
        Assert.Equal(2, quality.ActiveProfiles);
        var toFix = Assert.Single(quality.ToFix);
        Assert.Equal("DAL-2", toFix.Reference);
        Assert.Equal([ProfileGap.Education, ProfileGap.Stale], toFix.Gaps);
        var html = await WeekdateHtml.RenderAsync(list, "WD-test");
        Assert.Contains("<h2>6. Profielkwaliteit</h2>", html);
        Assert.Contains("<span class=\"ref\">DAL-2</span> (geen opleiding, 6 maanden niet bijgewerkt)", html);
        Assert.DoesNotContain("OMM-1", html[html.IndexOf("profielkwaliteit", StringComparison.Ordinal)..]);
        var csv = WeekdateCsv.Render(list);
        Assert.Contains("6 profielkwaliteit;bijwerken;;;DAL-2;GM0148;;;;geen opleiding, 6 maanden niet bijgewerkt", csv);
        Assert.Contains("6 profielkwaliteit;geen opleiding;;;;GM0148;;;1;", csv);
        Assert.Contains("DAL-2", WeekdateService.ShownReferences(list));
    }

    [Fact]
    public async Task Beyond_the_limit_profiles_to_fix_are_counted_not_named()
    {
        _world.Options.Limits.ProfilesToFix = 1;
        await _world.Add(Build.Candidate("DAL-2", Build.InWeek48), Build.Candidate("DAL-3", Build.InWeek48), Build.Candidate("DAL-4", Build.InWeek48));

        var list = await _world.GenerateAsync(Week48);

        var quality = list.ProfileQuality!;
        Assert.Single(quality.ToFix);
        Assert.Equal(2, quality.NotListed);
        Assert.Equal(3, quality.CountOf(ProfileGap.Education));
        var csv = WeekdateCsv.Render(list);
        Assert.Single(csv.Split('\n'), line => line.StartsWith("6 profielkwaliteit;bijwerken;", StringComparison.Ordinal));
        Assert.Contains("6 profielkwaliteit;niet getoond;;;;GM0148;;;2;grens van de lijst", csv);
        Assert.Contains("3 met iets aan te vullen", await WeekdateHtml.RenderAsync(list, "WD-test"));
    }

    [Fact]
    public async Task Staleness_is_counted_at_the_end_of_the_week_so_the_same_week_gives_the_same_csv()
    {
        await _world.Add(Build.Candidate("DAL-2", new DateTimeOffset(2026, 5, 30, 12, 0, 0, TimeSpan.Zero), "HEFTRUCK"));

        var first = WeekdateCsv.Render(await _world.GenerateAsync(Week48));
        _world.Clock.Now = _world.Clock.Now.AddDays(10);
        var later = WeekdateCsv.Render(await _world.GenerateAsync(Week48));

        Assert.Equal(first, later);
        // Counted from "now", ten days later would make it stale; counted from the week's end it is not, either time.
        Assert.Contains("6 profielkwaliteit;actieve profielen;;;;GM0148;;;1;", first);
        Assert.Contains("6 profielkwaliteit;6 maanden niet bijgewerkt;;;;GM0148;;;0;", first);
    }
}
