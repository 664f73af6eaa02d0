using Matching.Domain.Parties;
using Matching.Domain.Vacancies;

namespace Matching.Ranking;

/// <summary>A validated request to rank candidates for one vacancy on behalf of a party.</summary>
public sealed record RankingRequest(
    Vacancy Vacancy,
    Party Requester,
    int TopK,
    IReadOnlyList<string> MunicipalityCodes,
    double? MaxDistanceKm);
