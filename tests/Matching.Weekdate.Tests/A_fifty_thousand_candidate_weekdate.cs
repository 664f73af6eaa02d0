using Matching.DemoData;
using Matching.Weekdate;

namespace Matching.Weekdate.Tests;

/// <summary>
/// Fault suite (issue 14): 50,000 generated candidates and 200 vacancies, all registered in week 48, in a temporary
/// Lucene index. The list completes with every section within its limits and says in its counts, HTML and CSV what
/// was left out; the pool cap per municipality × trede (lowered here to 2,000) counts the candidates it did not read.
/// </summary>
public sealed class A_fifty_thousand_candidate_weekdate(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private readonly WeekdateWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Completes_within_its_limits_and_reports_what_it_left_out()
    {
        // Wednesday of week 48: every generated profile and vacancy is "new" that week.
        var generator = new DemoDataGenerator(14, new DateOnly(2026, 11, 25));
        var candidates = DemoProfiles.Candidates(generator, 50_000);
        await _world.Add([.. candidates]);
        await _world.Add([.. DemoProfiles.Vacancies(generator, 200)]);
        _world.Options.Limits.PoolCandidatesPerMunicipalityAndStep = 2_000;

        var draft = await _world.GenerateDraftAsync("2026-W48");
        var list = draft.List;
        var limits = _world.Options.Limits;

        Assert.Equal(50_000, candidates.Count);
        Assert.True(list.LeftOut.PoolCandidates > 0);
        var read = list.Mismatch.CandidatesPerStep.Sum();
        // Read per owning municipality × trede, at most 2,000 each; the rest of the visible pool is counted, not lost silently.
        Assert.InRange(read, 2_000, 2_000 * 6 * 5);
        Assert.InRange(read + list.LeftOut.PoolCandidates, read + 1, candidates.Count);
        Assert.Equal(limits.NewVacancies, list.NewVacancies.Count);
        Assert.Equal(limits.Candidates, list.Candidates.Count);
        Assert.Equal(read, list.Summary.NewOrChangedCandidates);
        Assert.Equal(read - limits.Candidates, list.LeftOut.Candidates);
        Assert.True(list.NearMisses.Count <= limits.NearMissGroups);
        Assert.All(list.NearMisses, g => Assert.True(g.Pairs.Count <= limits.NearMissPairsPerGroup));
        Assert.True(list.LeftOut.NearMissPairs > 0);
        Assert.True(list.Mismatch.WithoutCandidates.Count <= limits.VacanciesWithoutCandidates);

        var html = await WeekdateHtml.RenderAsync(list, "WD-test");
        var csv = WeekdateCsv.Render(list);
        output.WriteLine($"read {read}, not read {list.LeftOut.PoolCandidates}; summary {list.Summary}; HTML {html.Length} chars, CSV {csv.Length} chars");
        Assert.Contains($"Nog {list.LeftOut.Candidates} kandidaten niet getoond", html);
        Assert.Contains($"{list.LeftOut.PoolCandidates} zichtbare kandidaten niet gelezen", html);
        // Bounded by the limits, not by the pool: the 4,000-row import once made 36 MB of HTML and 56 MB of CSV.
        Assert.InRange(html.Length, 1, 2_000_000);
        Assert.InRange(csv.Length, 1, 1_000_000);
        Assert.True(draft.Proposals.Count <= limits.NewVacancies * _world.Options.TopCandidates + limits.Candidates * _world.Options.TopVacancies);
    }
}
