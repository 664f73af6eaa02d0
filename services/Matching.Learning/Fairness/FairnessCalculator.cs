using Matching.Learning.Logging;
using Matching.Domain.Outcomes;

namespace Matching.Learning.Fairness;

/// <summary>
/// Compares, per monitored group, the selection rate (share of pool appearances that made the top-k) and the rate of
/// positive outcomes (interested, invited, placed among pairs with an outcome) with those of the monitored candidates
/// outside the group. A ratio under four fifths (0.8, the US EEOC rule of thumb) is flagged for a person to look at;
/// with fewer than <see cref="MinAppearances"/> appearances on either side nothing is flagged.
/// </summary>
public static class FairnessCalculator
{
    public const double FourFifths = 0.8;
    public const int MinAppearances = 20;

    public static FairnessReport Compute(IReadOnlyList<LoggedRanking> rankings, IReadOnlyDictionary<string, MonitoringProfile> monitoring,
        IReadOnlyList<MatchOutcome> outcomes, int topK, DateTimeOffset now)
    {
        var year = now.Year;
        var unmonitored = rankings.SelectMany(r => r.RankedPool).Where(c => !monitoring.ContainsKey(c)).Distinct().Count();
        var pairs = outcomes.GroupBy(o => (o.VacancyId, o.CandidateRef))
            .Select(g => (Candidate: g.Key.CandidateRef, Positive: g.Any(o => RelevanceGrade.IsPositive(o.Kind)))).ToList();
        var groups = MonitoredGroup.All.Select(group =>
        {
            bool? Member(string candidate) => monitoring.TryGetValue(candidate, out var p) ? group.IsMember(p, year) : null;
            int inPool = 0, inTop = 0, refPool = 0, refTop = 0;
            foreach (var ranking in rankings)
                for (var i = 0; i < ranking.RankedPool.Count; i++)
                {
                    var member = Member(ranking.RankedPool[i]);
                    if (member is null) continue;
                    var top = i < topK ? 1 : 0;
                    if (member.Value) { inPool++; inTop += top; } else { refPool++; refTop += top; }
                }
            int outcomesIn = 0, positiveIn = 0, outcomesRef = 0, positiveRef = 0;
            foreach (var (candidate, positive) in pairs)
            {
                var member = Member(candidate);
                if (member is null) continue;
                if (member.Value) { outcomesIn++; positiveIn += positive ? 1 : 0; } else { outcomesRef++; positiveRef += positive ? 1 : 0; }
            }
            var selection = Rate(inTop, inPool);
            var refSelection = Rate(refTop, refPool);
            var positiveRate = Rate(positiveIn, outcomesIn);
            var refPositive = Rate(positiveRef, outcomesRef);
            var exposureRatio = Ratio(selection, refSelection);
            var outcomeRatio = Ratio(positiveRate, refPositive);
            var enoughExposure = inPool >= MinAppearances && refPool >= MinAppearances;
            var enoughOutcomes = outcomesIn >= MinAppearances && outcomesRef >= MinAppearances;
            return new GroupFairness(group.Name, inPool, inTop, selection, refSelection, exposureRatio, enoughExposure && exposureRatio < FourFifths,
                outcomesIn, positiveIn, positiveRate, refPositive, outcomeRatio, enoughOutcomes && outcomeRatio < FourFifths,
                !enoughExposure && !enoughOutcomes);
        }).ToList();
        return new FairnessReport(now, topK, rankings.Count, unmonitored, FourFifths, groups);
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : Math.Round(part / (double)whole, 4);

    /// <summary>1 when the reference rate is 0 (nobody outside the group was selected either: no disadvantage to show).</summary>
    private static double Ratio(double rate, double reference) => reference == 0 ? 1 : Math.Round(rate / reference, 4);
}
