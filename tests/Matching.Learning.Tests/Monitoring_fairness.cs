using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Domain.Outcomes;

namespace Matching.Learning.Tests;

public sealed class Monitoring_fairness
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// 40 women (W*) and 40 men (M*) in every pool; the top 10 always holds 3 women and 7 men. Selection rates 3/40 vs
    /// 7/40: ratio 0.43, under four fifths, so flagged. Age and statushouder status are unknown: not judged.
    /// </summary>
    [Fact]
    public void A_group_selected_less_than_four_fifths_as_often_is_flagged()
    {
        var pool = Enumerable.Range(0, 3).Select(i => $"W{i}").Concat(Enumerable.Range(0, 7).Select(i => $"M{i}"))
            .Concat(Enumerable.Range(3, 37).Select(i => $"W{i}")).Concat(Enumerable.Range(7, 33).Select(i => $"M{i}")).ToList();
        var rankings = Enumerable.Range(0, 5).Select(v => new LoggedRanking($"VAC-{v}", "transparent-v1", Now, 10, pool)).ToList();
        var monitoring = pool.ToDictionary(c => c, c => new MonitoringProfile(c, null, c[0] == 'W' ? MonitoredGender.Female : MonitoredGender.Male, null));

        var report = FairnessCalculator.Compute(rankings, monitoring, [], topK: 10, Now);

        var women = report.Groups.Single(g => g.Group == "women");
        Assert.Equal(200, women.PoolAppearances);
        Assert.Equal(15, women.TopKAppearances);
        Assert.Equal(0.4286, women.ExposureRatio, 3);
        Assert.True(women.ExposureFlagged);
        Assert.False(report.Groups.Single(g => g.Group == "under_27").ExposureFlagged);
        Assert.True(report.Groups.Single(g => g.Group == "under_27").InsufficientData);
        Assert.Contains("EXPOSURE < 4/5", report.ToTable());
    }

    [Fact]
    public void Equal_selection_and_outcomes_flag_nothing()
    {
        var pool = Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? "W" : "M") + i).ToList();
        var rankings = Enumerable.Range(0, 4).Select(v => new LoggedRanking($"VAC-{v}", "transparent-v1", Now, 10, pool)).ToList();
        var monitoring = pool.ToDictionary(c => c, c => new MonitoringProfile(c, c[0] == 'W' ? 1995 : 1960, c[0] == 'W' ? MonitoredGender.Female : MonitoredGender.Male, false));
        var outcomes = pool.Select((c, i) => Builders.Outcome("o" + i, i % 4 < 2 ? OutcomeKind.Invited : OutcomeKind.RejectedByEmployer, candidate: c)).ToList();

        var report = FairnessCalculator.Compute(rankings, monitoring, outcomes, topK: 10, Now);

        Assert.All(report.Groups, g => Assert.False(g.ExposureFlagged || g.OutcomeFlagged, g.ToString()));
    }
}
