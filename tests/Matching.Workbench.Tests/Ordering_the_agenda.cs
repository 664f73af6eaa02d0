using Matching.Domain.Common;
using Matching.Domain.Vacancies;
using Matching.Weekdate;
using Matching.Workbench.Agenda;

namespace Matching.Workbench.Tests;

/// <summary>The agenda's order: own municipality first, then score plus up to twelve points for waiting (half a point a month).</summary>
public sealed class Ordering_the_agenda
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData("2025-11-29", 12)]
    [InlineData("2025-11-30", 11)]
    [InlineData("2026-11-01", 0)]
    [InlineData("2020-01-15", 82)]
    public void Months_waiting_are_whole_months_up_to_today(string since, int months)
    {
        Assert.Equal(months, AgendaPriority.MonthsWaiting(DateOnly.Parse(since), Today));
    }

    [Fact]
    public void Unknown_or_future_waiting_gives_no_points()
    {
        Assert.Null(AgendaPriority.MonthsWaiting(null, Today));
        Assert.Null(AgendaPriority.MonthsWaiting(Today.AddDays(1), Today));
        Assert.Equal(0, AgendaPriority.WaitingPoints(null));
    }

    [Fact]
    public void Waiting_counts_half_a_point_a_month_and_at_most_twelve()
    {
        Assert.Equal(3, AgendaPriority.WaitingPoints(6));
        Assert.Equal(12, AgendaPriority.WaitingPoints(24));
        Assert.Equal(12, AgendaPriority.WaitingPoints(120));
    }

    [Fact]
    public void Among_close_matches_the_candidate_who_waits_longest_comes_first_but_own_municipality_still_leads()
    {
        var recent = Candidate("DAL-1", "GM0148", 60);
        var waiting = Candidate("DAL-2", "GM0148", 55);
        var neighbour = Candidate("OMM-1", "GM0175", 90);
        var months = new Dictionary<string, int?> { ["DAL-1"] = 1, ["DAL-2"] = 30, ["OMM-1"] = 40 };

        var ordered = AgendaPriority.Order([neighbour, recent, waiting], "GM0148", r => months[r]);

        // DAL-2: 55 + 12 = 67 beats DAL-1: 60 + 0.5.
        Assert.Equal(["DAL-2", "DAL-1", "OMM-1"], ordered.Select(c => c.CandidateRef));
        Assert.Equal(["DAL-1", "DAL-2", "OMM-1"], AgendaPriority.Order([neighbour, recent, waiting], "GM0148", _ => null).Select(c => c.CandidateRef));
    }

    [Fact]
    public void A_new_vacancy_is_as_promising_as_its_best_candidate_with_waiting_time()
    {
        var a = Vacancy("VAC-A", ("DAL-1", 70));
        var b = Vacancy("VAC-B", ("DAL-2", 64), ("DAL-3", 50));
        var months = new Dictionary<string, int?> { ["DAL-1"] = 0, ["DAL-2"] = 20, ["DAL-3"] = 0 };

        Assert.Equal(["VAC-B", "VAC-A"], AgendaPriority.Order([a, b], "GM0148", r => months[r]).Select(v => v.Vacancy.Id));
    }

    private static CandidateEntry Candidate(string reference, string municipality, double score) =>
        new(reference, municipality, 5, "werkfit", ["nieuw ingeschreven"], 1,
            [new ProposedVacancy(new VacancyLine("VAC-1", "Orderpicker", "DC De Vecht", Branche.Logistiek, VacancyKind.Regular, new StepRange(5, 6), "GM0148"), score, [])]);

    private static NewVacancyEntry Vacancy(string id, params (string Reference, double Score)[] top) =>
        new(new VacancyLine(id, "Orderpicker", "DC De Vecht", Branche.Logistiek, VacancyKind.Regular, new StepRange(5, 6), "GM0148"), top.Length,
            top.Select(t => new ProposedCandidate(t.Reference, "GM0148", t.Score, [])).ToList());
}
