using Matching.Domain.Scoring;

namespace Matching.Ranking;

/// <summary>
/// Where <see cref="CandidateRanker"/> logs every ranking: the eligible pool in ranked order and the features of the
/// candidates shown (Learning's ImpressionLog; outcomes train on it). Optional: without one nothing is logged.
/// </summary>
public interface IRankingLog
{
    Task RecordAsync(string vacancyId, IReadOnlyList<string> rankedPool, IReadOnlyList<ScoredCandidate> shown, string rankerVersion, DateTimeOffset rankedAt, CancellationToken cancellationToken);
}
