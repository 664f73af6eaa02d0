using Matching.Domain.Scoring;

namespace Matching.Api.Ranking;

public sealed record RankingResult(string VacancyId, int EligibleCount, IReadOnlyList<ScoredCandidate> Ranked, string RankerVersion, DateTimeOffset RankedAt);
