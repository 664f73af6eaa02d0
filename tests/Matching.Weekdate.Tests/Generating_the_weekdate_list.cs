using Matching.Weekdate;

namespace Matching.Weekdate.Tests;

/// <summary>The five sections on hand-built fixtures, for week 2026-W48.</summary>
public sealed class Generating_the_weekdate_list : IDisposable
{
    private const string Week48 = "2026-W48";
    private const string Week49 = "2026-W49";
    private readonly WeekdateWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task An_empty_week_gives_five_empty_sections()
    {
        var list = await _world.GenerateAsync(Week48);

        Assert.Empty(list.NewVacancies);
        Assert.Empty(list.Candidates);
        Assert.Empty(list.NearMisses);
        Assert.Empty(list.Mismatch.WithoutCandidates);
        Assert.Empty(list.Mismatch.Cells);
        Assert.Empty(list.FollowUps);
        var html = await WeekdateHtml.RenderAsync(list, "WD-test");
        Assert.Contains("Geen nieuwe vacatures deze week.", html);
        Assert.Contains("Geen nieuwe of gewijzigde kandidaten deze week.", html);
    }

    [Fact]
    public async Task A_new_vacancy_lists_its_top_candidates_with_chips_and_the_eligible_count()
    {
        _world.Options.TopCandidates = 2;
        await _world.Add(Build.Vacancy("VAC-NEW", Build.InWeek48, "HEFTRUCK"), Build.Vacancy("VAC-OLD", Build.LongAgo));
        await _world.Add(
            Build.Candidate("DAL-1", Build.LongAgo, "HEFTRUCK", "VCA_BASIS"),
            Build.Candidate("DAL-2", Build.LongAgo, "HEFTRUCK"),
            Build.Candidate("DAL-3", Build.LongAgo, "HEFTRUCK") with { HoursAvailablePerWeek = 24 },
            Build.Candidate("DAL-4", Build.LongAgo));

        var list = await _world.GenerateAsync(Week48);

        var entry = Assert.Single(list.NewVacancies);
        Assert.Equal("VAC-NEW", entry.Vacancy.Id);
        Assert.Equal(3, entry.EligibleCount);
        Assert.Equal(2, entry.Top.Count);
        Assert.All(entry.Top, c => Assert.Contains(c.Chips, chip => chip.Positive && chip.Text.StartsWith("Heftruckcertificaat")));
        Assert.DoesNotContain(entry.Top, c => c.CandidateRef == "DAL-4");
    }

    [Fact]
    public async Task A_vacancy_nobody_is_eligible_for_appears_under_mismatch()
    {
        await _world.Add(Build.Vacancy("VAC-CE", Build.InWeek48, "RIJBEWIJS_CE"), Build.Vacancy("VAC-OK", Build.LongAgo));
        await _world.Add(Build.Candidate("DAL-1", Build.LongAgo));

        var list = await _world.GenerateAsync(Week48);

        var entry = Assert.Single(list.NewVacancies);
        Assert.Equal(0, entry.EligibleCount);
        Assert.Empty(entry.Top);
        Assert.Equal(["VAC-CE"], list.Mismatch.WithoutCandidates.Select(v => v.Id));
        var cell = Assert.Single(list.Mismatch.Cells, c => c.Step == 5);
        Assert.Equal((2, 1), (cell.Opportunities, cell.Candidates));
        Assert.Equal(1, list.Mismatch.CandidatesPerStep[4]);
    }

    [Fact]
    public async Task A_near_miss_becomes_a_match_once_the_certificate_is_added()
    {
        await _world.Add(Build.Vacancy("VAC-VCA", Build.LongAgo, "VCA_BASIS"));
        var candidate = Build.Candidate("DAL-1", Build.LongAgo);
        await _world.Add(candidate);

        var before = await _world.GenerateAsync(Week48);
        var group = Assert.Single(before.NearMisses);
        Assert.Equal("VCA Basis", group.Missing);
        Assert.Equal(("VAC-VCA", "DAL-1"), (group.Pairs[0].VacancyId, group.Pairs[0].CandidateRef));
        Assert.Equal(["VAC-VCA"], before.Mismatch.WithoutCandidates.Select(v => v.Id));

        await _world.Add(Build.Candidate("DAL-1", Build.InWeek49, "VCA_BASIS"));
        var after = await _world.GenerateAsync(Week49);

        Assert.Empty(after.NearMisses);
        Assert.Empty(after.Mismatch.WithoutCandidates);
        var changed = Assert.Single(after.Candidates);
        Assert.Contains("nieuw certificaat: VCA Basis", changed.Changes);
        Assert.Equal("VAC-VCA", Assert.Single(changed.Top).Vacancy.Id);
    }

    [Fact]
    public async Task Near_misses_are_grouped_by_what_is_missing_into_training_advice()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.LongAgo, "VCA_BASIS"), Build.Vacancy("VAC-2", Build.LongAgo, "VCA_BASIS"),
            Build.Vacancy("VAC-3", Build.LongAgo, "HEFTRUCK"));
        await _world.Add(
            Build.Candidate("DAL-1", Build.LongAgo),
            Build.Candidate("DAL-2", Build.LongAgo, "HEFTRUCK"),
            // 20 hours: 4 short of 24, a conversation about half a day more.
            Build.Candidate("DAL-3", Build.LongAgo, "VCA_BASIS", "HEFTRUCK") with { HoursAvailablePerWeek = 20 },
            // Trede 3 is not fixable by a course: no near miss.
            Build.Candidate("DAL-4", Build.LongAgo) with { ParticipationStep = 3 });

        var list = await _world.GenerateAsync(Week48);

        var vca = Assert.Single(list.NearMisses, g => g.Key == "certificaat:VCA_BASIS");
        Assert.Equal("VCA Basis", vca.Missing);
        Assert.Equal((2, 2), (vca.VacancyCount, vca.CandidateCount));
        Assert.Contains(list.NearMisses, g => g.Missing == "Heftruckcertificaat" && g.CandidateCount == 1);
        Assert.Contains(list.NearMisses, g => g.Key == "uren:04" && g.VacancyCount == 3 && g.Pairs.All(p => p.CandidateRef == "DAL-3"));
        Assert.DoesNotContain(list.NearMisses.SelectMany(g => g.Pairs), p => p.CandidateRef == "DAL-4");
        Assert.Contains("2 vacatures voor 2 kandidaten", await WeekdateHtml.RenderAsync(list, "WD-test"));
    }

    [Fact]
    public async Task New_and_changed_candidates_get_their_best_open_vacancies()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.LongAgo), Build.Vacancy("VAC-WEP", Build.LongAgo) with
        {
            Kind = Matching.Domain.Vacancies.VacancyKind.Werkervaringsplek, Steps = new(3, 4),
        });
        await _world.Add(
            Build.Candidate("DAL-NEW", Build.InWeek48),
            Build.Candidate("DAL-MEEDOEN", Build.InWeek48) with { Category = Matching.Domain.Candidates.DalfsenCategory.MeedoenProgressExpected, ParticipationStep = 3 },
            Build.Candidate("DAL-SAME", Build.InWeek48));
        var first = await _world.GenerateAsync(Week48);
        Assert.Equal(["DAL-MEEDOEN", "DAL-NEW", "DAL-SAME"], first.Candidates.Select(c => c.CandidateRef));
        Assert.All(first.Candidates, c => Assert.Equal([CandidateChanges.NewlyRegistered], c.Changes));
        Assert.Equal("VAC-WEP", Assert.Single(first.Candidates[0].Top).Vacancy.Id);

        // Week 49: one moves to Werkfit on trede 5; another is saved again without a change the meeting discusses.
        await _world.Add(
            Build.Candidate("DAL-MEEDOEN", Build.InWeek49),
            Build.Candidate("DAL-SAME", Build.InWeek49) with { MaxTravelKm = 30 });
        var second = await _world.GenerateAsync(Week49);

        var moved = Assert.Single(second.Candidates);
        Assert.Equal("DAL-MEEDOEN", moved.CandidateRef);
        Assert.Equal(["naar Werkfit", "trede 3 → 5"], moved.Changes);
        Assert.Equal("VAC-1", Assert.Single(moved.Top).Vacancy.Id);
    }

    [Fact]
    public async Task Matches_proposed_at_an_earlier_weekdate_without_outcome_come_back_for_follow_up()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48), Build.Vacancy("VAC-CLOSED", Build.InWeek48));
        await _world.Add(Build.Candidate("DAL-1", Build.LongAgo));
        var first = await _world.GenerateAsync(Week48);
        Assert.Empty(first.FollowUps);

        await _world.Add(Build.Vacancy("VAC-CLOSED", Build.InWeek49) with { Status = Matching.Domain.Vacancies.VacancyStatus.Filled });
        var second = await _world.GenerateAsync(Week49);
        var followUp = Assert.Single(second.FollowUps);
        Assert.Equal(("VAC-1", "DAL-1", "2026-W48"), (followUp.VacancyId, followUp.CandidateRef, followUp.ProposedIn.ToString()));

        _world.Outcomes = new EverythingHasAnOutcome();
        Assert.Empty((await _world.GenerateAsync(Week49)).FollowUps);
    }

    [Fact]
    public async Task Generating_the_same_week_twice_gives_the_same_list()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48, "HEFTRUCK"), Build.Vacancy("VAC-2", Build.InWeek48, "VCA_BASIS"));
        await _world.Add(Build.Candidate("DAL-1", Build.InWeek48, "HEFTRUCK"), Build.Candidate("DAL-2", Build.InWeek48));

        var first = await _world.GenerateAsync(Week48);
        _world.Clock.Now = _world.Clock.Now.AddHours(3);
        var second = await _world.GenerateAsync(Week48);

        var (csv1, csv2) = (WeekdateCsv.Render(first), WeekdateCsv.Render(second));
        Assert.Equal(csv1, csv2);
        Assert.Equal(WeekdateReference.Of("GM0148", first.Week, csv1), WeekdateReference.Of("GM0148", second.Week, csv2));
        Assert.Equal(first.Summary, second.Summary);
        Assert.Equal(WithoutTimestamp(await WeekdateHtml.RenderAsync(first, "WD-x")), WithoutTimestamp(await WeekdateHtml.RenderAsync(second, "WD-x")));
        Assert.NotEqual(await WeekdateHtml.RenderAsync(first, "WD-x"), await WeekdateHtml.RenderAsync(second, "WD-x"));
    }

    [Fact]
    public async Task A_title_written_as_a_formula_stays_text_in_the_spreadsheet_file()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48) with { Title = "=HYPERLINK(\"http://x\";\"klik\")\nregel 2" });
        await _world.Add(Build.Candidate("DAL-1", Build.InWeek48));

        var csv = WeekdateCsv.Render(await _world.GenerateAsync(Week48));

        // Apostrophe first (no formula), the whole cell quoted (its ';', quotes and line break stay inside one cell).
        Assert.Contains(";VAC-1;\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\nregel 2\";DAL-1;", csv);
    }

    private static string WithoutTimestamp(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "gegenereerd [0-9-]+ [0-9:]+", "gegenereerd …");

    private sealed class EverythingHasAnOutcome : IMatchOutcomeLookup
    {
        public Task<bool> HasOutcomeAsync(string vacancyId, string candidateRef, CancellationToken cancellationToken) => Task.FromResult(true);
    }
}
