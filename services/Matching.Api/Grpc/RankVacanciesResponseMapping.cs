using Google.Protobuf.WellKnownTypes;
using Matching.Ranking;
using Wsp.Matching.V1;

namespace Matching.Api.Grpc;

public static class RankVacanciesResponseMapping
{
    public static RankVacanciesResponse ToResponse(VacancyRankingResult result)
    {
        var response = new RankVacanciesResponse
        {
            CandidateRef = result.CandidateRef,
            EligibleCount = result.EligibleCount,
            RankerVersion = result.RankerVersion,
            RankedAt = Timestamp.FromDateTimeOffset(result.RankedAt),
            OpenVacanciesChecked = result.OpenVacanciesChecked,
            OpenVacanciesCapped = result.OpenVacanciesCapped,
        };
        response.Vacancies.AddRange(result.Ranked.Select((s, i) => new RankedVacancy
        {
            Rank = i + 1,
            VacancyId = s.Vacancy.Id,
            Title = s.Vacancy.Title,
            Employer = s.Vacancy.Employer,
            MunicipalityCode = s.Vacancy.MunicipalityCode,
            Score = s.Score,
            Explanation = RankResponseMapping.ToExplanation(s.Scored.Explanation),
        }));
        response.NearMisses.AddRange(result.NearMisses.Select(n => new NearMissVacancies
        {
            Missing = n.Missing,
            Key = n.Key,
            VacancyIds = { n.Vacancies.Select(v => v.Id) },
        }));
        return response;
    }
}
