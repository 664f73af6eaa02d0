using Matching.Learning.Logging;
using Matching.Learning.Outcomes;
using Microsoft.Extensions.Options;

namespace Matching.Learning.Fairness;

/// <summary>
/// The fairness report a request asks for, over a bounded window: the latest <see cref="LearningOptions.FairnessMaxRankings"/>
/// rankings and the outcomes of their vacancies, never the whole history. The report states its window.
/// </summary>
public sealed class FairnessReporter(IImpressionLog impressions, IMonitoringStore monitoring, IOutcomeStore outcomes, IOptions<LearningOptions> options, TimeProvider clock)
{
    public async Task<FairnessReport> ReportAsync(int topK, CancellationToken cancellationToken)
    {
        var max = options.Value.FairnessMaxRankings;
        var (rankings, total) = await impressions.RecentRankingsAsync(max, cancellationToken);
        var vacancyIds = rankings.Select(r => r.VacancyId).Distinct(StringComparer.Ordinal).ToList();
        var report = FairnessCalculator.Compute(rankings, await monitoring.AllAsync(cancellationToken),
            await outcomes.ForVacanciesAsync(vacancyIds, cancellationToken), topK, clock.GetUtcNow());
        return report with { MaxRankings = max, RankingsLeftOut = total - rankings.Count, WindowStart = rankings.Count > 0 ? rankings.Min(r => r.RankedAt) : null };
    }
}
