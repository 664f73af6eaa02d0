using Matching.Weekdate;

namespace Matching.Weekdate.Tests;

/// <summary>Each section shows at most its limit; what is left out is counted and said in the list, HTML and CSV.</summary>
public sealed class Limiting_each_section : IDisposable
{
    private const string Week48 = "2026-W48";
    private readonly WeekdateWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_list_within_its_limits_leaves_nothing_out()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48), Build.Vacancy("VAC-VCA", Build.LongAgo, "VCA_BASIS"));
        await _world.Add(Build.Candidate("DAL-1", Build.InWeek48));

        var list = await _world.GenerateAsync(Week48);

        Assert.Equal(WeekdateLeftOut.None, list.LeftOut);
        Assert.DoesNotContain("niet getoond", await WeekdateHtml.RenderAsync(list, "WD-test"));
        Assert.DoesNotContain("niet getoond", WeekdateCsv.Render(list));
    }

    [Fact]
    public async Task Each_section_shows_its_limit_and_counts_the_rest()
    {
        var limits = _world.Options.Limits;
        (limits.NewVacancies, limits.Candidates, limits.NearMissGroups, limits.NearMissPairsPerGroup, limits.VacanciesWithoutCandidates) = (2, 2, 1, 2, 1);
        // Three new vacancies, two of which nobody is eligible for (a CE licence); an old one needing VCA Basis.
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48), Build.Vacancy("VAC-CE1", Build.InWeek48.AddHours(1), "RIJBEWIJS_CE"),
            Build.Vacancy("VAC-CE2", Build.InWeek48.AddHours(2), "RIJBEWIJS_CE"), Build.Vacancy("VAC-VCA", Build.LongAgo, "VCA_BASIS"));
        // Four new candidates: three fit VAC-1 and miss VCA Basis and the CE licence by one certificate each.
        await _world.Add(Build.Candidate("DAL-1", Build.InWeek48), Build.Candidate("DAL-2", Build.InWeek48), Build.Candidate("DAL-3", Build.InWeek48),
            Build.Candidate("DAL-4", Build.InWeek48) with { ParticipationStep = 2 });

        var list = await _world.GenerateAsync(Week48);

        Assert.Equal(["VAC-CE1", "VAC-CE2"], list.NewVacancies.Select(v => v.Vacancy.Id));
        Assert.Equal(["DAL-1", "DAL-2"], list.Candidates.Select(c => c.CandidateRef));
        var group = Assert.Single(list.NearMisses);
        Assert.Equal((2, 3, 6), (group.VacancyCount, group.CandidateCount, group.PairCount));
        Assert.Equal(2, group.Pairs.Count);
        Assert.Equal(["VAC-CE1"], list.Mismatch.WithoutCandidates.Select(v => v.Id));
        Assert.Equal(new WeekdateLeftOut(NewVacancies: 1, Candidates: 2, NearMissGroups: 1, NearMissPairs: 4 + 3, VacanciesWithoutCandidates: 2),
            list.LeftOut);
        Assert.Equal(new WeekdateSummary(3, 4, 2, 9, 3, 0, list.LeftOut), list.Summary);

        var html = await WeekdateHtml.RenderAsync(list, "WD-test");
        Assert.Contains("Nog 1 nieuwe vacature niet getoond", html);
        Assert.Contains("Nog 2 kandidaten niet getoond", html);
        Assert.Contains("en nog 4 paren", html);
        Assert.Contains("Nog 1 groep niet getoond", html);
        Assert.Contains("Nog 2 vacatures zonder kandidaat niet getoond", html);
        var csv = WeekdateCsv.Render(list).Split("\r\n");
        Assert.Contains("1 nieuwe vacatures;niet getoond;;;;;;;1;grens van de lijst", csv);
        Assert.Contains("2 kandidaten;niet getoond;;;;;;;2;grens van de lijst", csv);
        Assert.Contains("3 bijna-matches;groepen niet getoond;;;;;;;1;grens van de lijst", csv);
        Assert.Contains("4 mismatch;niet getoond;;;;;;;2;grens van de lijst", csv);
    }

    [Fact]
    public async Task A_capped_pool_says_how_many_candidates_it_did_not_read()
    {
        _world.Options.Limits.PoolCandidatesPerMunicipalityAndStep = 2;
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48));
        await _world.Add(Build.Candidate("DAL-1", Build.LongAgo), Build.Candidate("DAL-2", Build.LongAgo), Build.Candidate("DAL-3", Build.LongAgo),
            Build.Candidate("DAL-4", Build.LongAgo) with { ParticipationStep = 6 });

        var list = await _world.GenerateAsync(Week48);

        Assert.Equal(1, list.LeftOut.PoolCandidates);
        Assert.Equal(3, list.Mismatch.CandidatesPerStep.Sum());
        Assert.Contains("1 zichtbare kandidaten niet gelezen", await WeekdateHtml.RenderAsync(list, "WD-test"));
        Assert.Contains("lijst;kandidaten niet gelezen;;;;;;;1;", WeekdateCsv.Render(list));
    }
}
