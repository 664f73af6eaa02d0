namespace Matching.Learning.Logging;

/// <summary>One ranking: the eligible (scored) pool in ranked order; its first top-k were shown.</summary>
public sealed record LoggedRanking(string VacancyId, string RankerVersion, DateTimeOffset RankedAt, int Shown, IReadOnlyList<string> RankedPool);
