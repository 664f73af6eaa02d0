using Matching.Domain.Vacancies;
using Matching.Search;

namespace Matching.Ranking;

/// <summary>The index query for a ranking request: the vacancy's hard requirements as filters, its text for relevance.</summary>
public static class RankingQuery
{
    public static CandidateQuery For(RankingRequest request, DateOnly today, int window)
    {
        var vacancy = request.Vacancy;
        return new CandidateQuery
        {
            Text = $"{vacancy.Title} {vacancy.Description}",
            VisibleTo = request.Requester,
            RequiredCertificates = vacancy.RequiredCertificates,
            ValidOn = today,
            Steps = vacancy.Steps,
            MinHoursAvailable = vacancy.MinHoursPerWeek,
            WorkLocation = vacancy.Location,
            MaxDistanceKm = request.MaxDistanceKm,
            MunicipalityCodes = request.MunicipalityCodes,
            RequireDoelgroepregister = vacancy.Kind.RequiresDoelgroepregister(),
            RequireBeschutWerkIndication = vacancy.Kind.RequiresBeschutWerkIndication(),
            Size = window,
        };
    }
}
