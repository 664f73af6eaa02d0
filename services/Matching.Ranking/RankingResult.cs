using Matching.Domain.Scoring;

namespace Matching.Ranking;

public sealed record RankingResult(string VacancyId, int EligibleCount, IReadOnlyList<ScoredCandidate> Ranked, string RankerVersion, DateTimeOffset RankedAt);
