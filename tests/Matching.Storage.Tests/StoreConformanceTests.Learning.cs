using System.Text.Json;
using Matching.Domain;
using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Outcomes;
using Matching.Domain.Scoring;
using Matching.Learning.Fairness;

namespace Matching.Storage.Tests;

public abstract partial class StoreConformanceTests
{
    private static MatchOutcome Outcome(string id, OutcomeKind kind, string party = "GM0148", string vacancy = "VAC-1", string candidate = "DAL-1",
        string employer = "Ter Horst", int day = 5) =>
        new(id, vacancy, candidate, employer, kind, kind == OutcomeKind.Placed ? PlacementKind.Regular : null, null, At(day), party, At(day, 10));

    private static ScoredCandidate Shown(string reference, double distanceKm) => new(
        new CandidateProfile
        {
            Reference = reference, MunicipalityCode = "GM0148", HomePc4 = "7722",
            Portfolio = new EPortfolio(EducationLevel.Vmbo, [], [], [], []),
        },
        80, new MatchFeatures(0.4, 2, 1, 0.5, distanceKm, 0.8, 1, 1, 1, 0.5, 0.7), new MatchExplanation("", [], [], [], distanceKm, "", ""));

    [SkippableFact]
    public async Task An_outcome_id_is_stored_once_per_party_and_another_party_may_use_it_too()
    {
        var outcomes = Open().Outcomes();

        var (first, firstKnown) = await outcomes.AppendAsync(Outcome("o-1", OutcomeKind.Interested), default);
        var (again, againKnown) = await World.Outcomes().AppendAsync(Outcome("o-1", OutcomeKind.NotInterested), default);
        var (other, otherKnown) = await outcomes.AppendAsync(Outcome("o-1", OutcomeKind.Placed, party: "GM0175"), default);

        Assert.False(firstKnown);
        Assert.True(againKnown);
        Assert.Equal(OutcomeKind.Interested, again.Kind);
        Assert.False(otherKnown);
        Assert.Equal([("GM0148", OutcomeKind.Interested), ("GM0175", OutcomeKind.Placed)],
            (await World.Outcomes().AllAsync(default)).Select(o => (o.RecordedBy, o.Kind)).Order());
        Assert.Equal(OutcomeKind.Placed, (await outcomes.FindAsync("GM0175", "o-1", default))!.Kind);
        Assert.Null(await outcomes.FindAsync("GM0200", "o-1", default));
        Assert.Equal(first.OccurredAt, (await outcomes.FindAsync("GM0148", "o-1", default))!.OccurredAt);
        Assert.Equal(other.RecordedAt, (await outcomes.FindAsync("GM0175", "o-1", default))!.RecordedAt);
    }

    [SkippableFact]
    public async Task Outcomes_are_listed_in_the_order_they_happened_and_answer_whether_a_pair_has_one()
    {
        var outcomes = Open().Outcomes();
        await outcomes.AppendAsync(Outcome("late", OutcomeKind.Invited, day: 9), default);
        await outcomes.AppendAsync(Outcome("early", OutcomeKind.Contacted, candidate: "DAL-2", day: 3), default);

        Assert.Equal(["early", "late"], (await outcomes.AllAsync(default)).Select(o => o.OutcomeId));
        Assert.True(await outcomes.HasOutcomeAsync("VAC-1", "DAL-2", default));
        Assert.False(await outcomes.HasOutcomeAsync("VAC-2", "DAL-2", default));
    }

    [SkippableFact]
    public async Task The_employer_history_counts_positive_and_negative_outcomes_whatever_the_vacancy()
    {
        var outcomes = Open().Outcomes();
        await outcomes.AppendAsync(Outcome("a", OutcomeKind.Interested, vacancy: "VAC-1"), default);
        await outcomes.AppendAsync(Outcome("b", OutcomeKind.RejectedByEmployer, vacancy: "VAC-2", employer: " ter horst "), default);
        await outcomes.AppendAsync(Outcome("c", OutcomeKind.Contacted, vacancy: "VAC-3"), default);

        Assert.Equal(new EmployerHistory(1, 1), World.Outcomes().HistoryOf("DAL-1", "Ter Horst"));
        Assert.Equal(EmployerHistory.None, World.Outcomes().HistoryOf("DAL-1", "Another Employer"));
    }

    [SkippableFact]
    public async Task The_database_refuses_to_change_or_delete_an_outcome()
    {
        await Open().Outcomes().AppendAsync(Outcome("o-1", OutcomeKind.Interested), default);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => World.ExecuteAsync("UPDATE party_outcomes SET kind = 'Placed'"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => World.ExecuteAsync("DELETE FROM party_outcomes"));

        Assert.Equal(OutcomeKind.Interested, Assert.Single(await World.Outcomes().AllAsync(default)).Kind);
    }

    [SkippableFact]
    public async Task The_ranking_log_keeps_every_pool_and_the_latest_impression_per_pair()
    {
        var log = Open().Impressions();
        await log.RecordAsync("VAC-1", ["DAL-1", "DAL-2", "DAL-3"], [Shown("DAL-1", 3), Shown("DAL-2", 7)], "transparent-1", At(2), default);
        await World.Impressions().RecordAsync("VAC-1", ["DAL-2", "DAL-1"], [Shown("DAL-2", 7.5)], "model-2", At(3), default);

        var rankings = await log.RankingsAsync(default);
        var impressions = await World.Impressions().ImpressionsAsync(default);

        Assert.Equal([(3, 2, "transparent-1"), (2, 1, "model-2")], rankings.Select(r => (r.RankedPool.Count, r.Shown, r.RankerVersion)));
        Assert.Equal(["DAL-1", "DAL-2", "DAL-3"], rankings[0].RankedPool);
        Assert.Equal([("DAL-1", 1, "transparent-1", At(2)), ("DAL-2", 1, "model-2", At(3))],
            impressions.OrderBy(i => i.CandidateRef).Select(i => (i.CandidateRef, i.Rank, i.RankerVersion, i.RankedAt)));
        Assert.Equal(7.5, impressions.Single(i => i.CandidateRef == "DAL-2").Features.DistanceKm);
        Assert.Equal(JsonSerializer.Serialize(Shown("DAL-1", 3).Features, DomainJson.Options),
            JsonSerializer.Serialize(impressions.Single(i => i.CandidateRef == "DAL-1").Features, DomainJson.Options));
    }

    [SkippableFact]
    public async Task Retention_removes_rankings_and_impressions_older_than_the_cutoff()
    {
        var log = Open().Impressions();
        await log.RecordAsync("VAC-1", ["DAL-1"], [Shown("DAL-1", 3)], "transparent-1", At(2), default);
        await log.RecordAsync("VAC-2", ["DAL-2"], [Shown("DAL-2", 3)], "transparent-1", At(20), default);

        var removed = await log.PurgeBeforeAsync(At(10), default);

        Assert.Equal(1, removed);
        Assert.Equal(["VAC-2"], (await log.RankingsAsync(default)).Select(r => r.VacancyId));
        Assert.Equal(["DAL-2"], (await log.ImpressionsAsync(default)).Select(i => i.CandidateRef));
    }

    [SkippableFact]
    public async Task Monitoring_attributes_are_replaced_per_candidate_and_unknown_ones_stay_unknown()
    {
        var monitoring = Open().Monitoring();
        await monitoring.SaveAsync(new MonitoringProfile("DAL-1", 1990, MonitoredGender.Female, true), default);
        await monitoring.SaveAsync(new MonitoringProfile("DAL-2", null, null, null), default);
        await World.Monitoring().SaveAsync(new MonitoringProfile("DAL-1", 1991, MonitoredGender.Other, false), default);

        var all = await World.Monitoring().AllAsync(default);

        Assert.Equal(new MonitoringProfile("DAL-1", 1991, MonitoredGender.Other, false), all["DAL-1"]);
        Assert.Equal(new MonitoringProfile("DAL-2", null, null, null), all["DAL-2"]);
        Assert.Equal(2, all.Count);
    }
}
