using Matching.Domain.Candidates;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;

namespace Matching.Ranking;

/// <summary>A request to rank the open vacancies for one candidate (the reverse direction), validated by its caller.</summary>
/// <param name="MaxHoursShort">Hours a week short that still count as a bijna-match (the weekdate's setting).</param>
public sealed record VacancyRankingRequest(CandidateProfile Candidate, int TopK, int MaxHoursShort);

/// <summary>An open vacancy scored for a candidate, with the same explanation as the forward direction.</summary>
public sealed record ScoredVacancy(Vacancy Vacancy, ScoredCandidate Scored)
{
    public double Score => Scored.Score;

    /// <summary>Score descending, then distance ascending, then vacancy id: the forward ranking's order, reversed roles.</summary>
    public static readonly Comparison<ScoredVacancy> RankOrder = (a, b) =>
    {
        var order = b.Scored.Score.CompareTo(a.Scored.Score);
        if (order == 0) order = a.Scored.Features.DistanceKm.CompareTo(b.Scored.Features.DistanceKm);
        return order != 0 ? order : string.CompareOrdinal(a.Vacancy.Id, b.Vacancy.Id);
    };
}

/// <summary>Open vacancies one fixable gap away, grouped by the gap: "met VCA Basis: 7 vacatures".</summary>
public sealed record VacancyNearMiss(string Key, string Missing, IReadOnlyList<Vacancy> Vacancies);

/// <param name="OpenVacanciesChecked">How many open vacancies were checked (at most Ranking:NewlyMatchedMaxOpenVacancies).</param>
/// <param name="OpenVacanciesCapped">True when there were more open vacancies than that and some were not checked.</param>
public sealed record VacancyRankingResult(
    string CandidateRef,
    int EligibleCount,
    IReadOnlyList<ScoredVacancy> Ranked,
    IReadOnlyList<VacancyNearMiss> NearMisses,
    string RankerVersion,
    DateTimeOffset RankedAt,
    int OpenVacanciesChecked,
    bool OpenVacanciesCapped);
