using Google.Protobuf.WellKnownTypes;
using Matching.Ranking;
using Matching.Domain.Scoring;
using Wsp.Matching.V1;

namespace Matching.Api.Grpc;

public static class RankResponseMapping
{
    public static RankCandidatesResponse ToResponse(RankingResult result)
    {
        var response = new RankCandidatesResponse
        {
            VacancyId = result.VacancyId,
            EligibleCount = result.EligibleCount,
            RankerVersion = result.RankerVersion,
            RankedAt = Timestamp.FromDateTimeOffset(result.RankedAt),
        };
        if (result.VacancyOccupation is { } occupation)
            response.VacancyOccupation = new VacancyOccupation
            {
                Code = occupation.Occupation.Code,
                Uuid = occupation.Occupation.Uuid,
                Label = occupation.Occupation.PreferredLabel,
                Confidence = occupation.Confidence,
                Source = occupation.Source.ToString(),
            };
        response.Candidates.AddRange(result.Ranked.Select((s, i) => new RankedCandidate
        {
            Rank = i + 1,
            CandidateRef = s.Candidate.Reference,
            MunicipalityCode = s.Candidate.MunicipalityCode,
            Score = s.Score,
            Explanation = ToExplanation(s.Explanation),
        }));
        return response;
    }

    public static Explanation ToExplanation(MatchExplanation e)
    {
        var explanation = new Explanation
        {
            Summary = e.Summary,
            DistanceKm = e.DistanceKm,
            HoursFit = e.HoursFit,
            StepFit = e.StepFit,
        };
        explanation.Met.AddRange(e.Met);
        explanation.Missing.AddRange(e.Missing);
        explanation.Contributions.AddRange(e.Contributions.Select(c => new Wsp.Matching.V1.ScoreContribution
        {
            Factor = c.Factor,
            Value = c.Value,
            Weight = c.Weight,
            Points = c.Points,
            Reason = c.Reason,
        }));
        return explanation;
    }
}
