using Matching.Weekdate;

namespace Matching.Weekdate.Tests;

/// <summary>Generating a past week again changes nothing the weeks after it see, and names nobody and no vacancy registered after it.</summary>
public sealed class Regenerating_a_past_week : IDisposable
{
    private const string Week48 = "2026-W48";
    private const string Week49 = "2026-W49";
    /// <summary>Monday 7 December 2026: weeks 48 and 49 have both ended.</summary>
    private static readonly DateTimeOffset MondayOfWeek50 = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);
    private readonly WeekdateWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Leaves_the_next_week_its_new_and_changed_candidates()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.LongAgo), Build.Vacancy("VAC-VCA", Build.LongAgo, "VCA_BASIS"));
        await _world.Add(Build.Candidate("DAL-OLD", Build.LongAgo));
        await _world.GenerateAsync(Week48);

        // In week 49 someone registers and DAL-OLD gets VCA Basis.
        await _world.Add(Build.Candidate("DAL-NEW", Build.InWeek49), Build.Candidate("DAL-OLD", Build.InWeek49, "VCA_BASIS"));
        _world.Clock.Now = MondayOfWeek50;
        var before = await _world.GenerateAsync(Week49);

        var regenerated = await _world.GenerateAsync(Week48);
        var after = await _world.GenerateAsync(Week49);

        Assert.Equal(["DAL-NEW", "DAL-OLD"], before.Candidates.Select(c => c.CandidateRef));
        Assert.Equal(before.Candidates.Select(c => (c.CandidateRef, string.Join(",", c.Changes))), after.Candidates.Select(c => (c.CandidateRef, string.Join(",", c.Changes))));
        Assert.Contains("nieuw certificaat: VCA Basis", after.Candidates[1].Changes);
        Assert.Equal(WeekdateCsv.Render(before), WeekdateCsv.Render(after));
        Assert.DoesNotContain("DAL-NEW", WeekdateService.ShownReferences(regenerated));
        Assert.DoesNotContain("DAL-NEW", WeekdateCsv.Render(regenerated));
    }

    [Fact]
    public async Task Names_nobody_registered_after_the_week_ended_even_when_generated_for_the_first_time()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48), Build.Vacancy("VAC-VCA", Build.LongAgo, "VCA_BASIS"));
        await _world.Add(Build.Candidate("DAL-OLD", Build.LongAgo), Build.Candidate("DAL-NEW", Build.InWeek49));
        _world.Clock.Now = MondayOfWeek50;

        var past = await _world.GenerateAsync(Week48);

        Assert.Equal(["DAL-OLD"], WeekdateService.ShownReferences(past));
        Assert.Equal(1, past.Mismatch.CandidatesPerStep.Sum());
        // Week 49 then still finds DAL-NEW new.
        var next = await _world.GenerateAsync(Week49);
        Assert.Equal(["DAL-NEW"], next.Candidates.Select(c => c.CandidateRef));
        Assert.Equal([CandidateChanges.NewlyRegistered], next.Candidates[0].Changes);
    }

    [Fact]
    public async Task Names_no_vacancy_registered_after_the_week_ended_but_keeps_one_it_proposed_then()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48));
        await _world.Add(Build.Candidate("DAL-OLD", Build.LongAgo));
        var first = await _world.GenerateAsync(Week48);
        Assert.Equal(["DAL-OLD"], first.NewVacancies.Single(v => v.Vacancy.Id == "VAC-1").Top.Select(c => c.CandidateRef));

        // In week 49 VAC-1 is changed and VAC-NEW, which nobody qualifies for, is registered.
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek49), Build.Vacancy("VAC-NEW", Build.InWeek49, "VCA_BASIS"));
        _world.Clock.Now = MondayOfWeek50;
        var regenerated = await _world.GenerateAsync(Week48);

        Assert.Empty(regenerated.Mismatch.WithoutCandidates);
        Assert.DoesNotContain("VAC-NEW", WeekdateCsv.Render(regenerated));
        // VAC-1, proposed that week, is still one of its opportunities.
        Assert.NotEmpty(regenerated.Mismatch.Cells);
        Assert.All(regenerated.Mismatch.Cells, cell => Assert.Equal(1, cell.Opportunities));
        // Week 49 itself sees both.
        var next = await _world.GenerateAsync(Week49);
        Assert.Equal(["VAC-1", "VAC-NEW"], next.NewVacancies.Select(v => v.Vacancy.Id).Order(StringComparer.Ordinal));
    }
}
