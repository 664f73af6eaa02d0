using Matching.Domain.Scoring;

namespace Matching.Ranking;

public sealed record RankingResult(string VacancyId, int EligibleCount, IReadOnlyList<ScoredCandidate> Ranked, string RankerVersion, DateTimeOffset RankedAt)
{
    /// <summary>The occupation the ranking took the vacancy to be (its code, else its normalised title); null when none.</summary>
    public Matching.Domain.Occupations.OccupationMatch? VacancyOccupation { get; init; }
}
