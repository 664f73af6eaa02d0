using Matching.Ranking;

namespace Matching.Learning.Logging;

/// <summary>
/// Logs every ranking (the eligible pool in ranked order) and the features of the candidates shown, so outcomes can
/// later be joined to exactly what the ranker saw (text relevance depends on the retrieval window and cannot be
/// recomputed later), and exposure can be compared with the pool for fairness monitoring. Kept for
/// Storage:ImpressionRetentionMonths (default 12), then purged.
/// </summary>
public interface IImpressionLog : IRankingLog
{
    Task<IReadOnlyList<Impression>> ImpressionsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<LoggedRanking>> RankingsAsync(CancellationToken cancellationToken);

    /// <summary>The latest <paramref name="limit"/> rankings (oldest of them first) and how many are logged in all.</summary>
    Task<(IReadOnlyList<LoggedRanking> Rankings, long Total)> RecentRankingsAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Removes rankings and impressions ranked before <paramref name="cutoff"/>; returns how many rankings were removed.</summary>
    Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
