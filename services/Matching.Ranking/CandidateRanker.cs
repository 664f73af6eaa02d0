using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using Matching.Search;
using Matching.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Options;

namespace Matching.Ranking;

/// <summary>
/// Ranks candidates for a vacancy in three steps: the index retrieves everyone who meets the hard requirements
/// (filters) ordered by text relevance; each hit is re-checked against <see cref="EligibilityRules"/> and scored
/// by the ranker; the best top-k are returned. Publishing is the caller's (see Publishing/MatchPublisher).
/// Order: score descending, then distance ascending, then reference (so ties are stable and explainable).
/// Every ranking is logged with the features of those shown (<see cref="IRankingLog"/>): outcomes train on them.
/// </summary>
public sealed class CandidateRanker(
    ICandidateIndex index, EligibilityRules rules, IRanker ranker,
    IOptions<RankingOptions> options, TimeProvider clock, ILogger<CandidateRanker> logger, IRankingLog? impressions = null,
    MatchingMetrics? metrics = null)
{
    public async Task<RankingResult> RankAsync(RankingRequest request, CancellationToken cancellationToken)
    {
        using var activity = MatchingMetrics.Activities.StartActivity("rank vacancy");
        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var vacancy = request.Vacancy;
        // One model from the first score to the logged version, even if another is promoted meanwhile.
        var scorer = ranker.ForOneRanking();
        var hits = await index.SearchAsync(RankingQuery.For(request, today, options.Value.RescoreWindow), cancellationToken);

        var window = new List<WindowCandidate>(hits.Hits.Count);
        var rejected = 0;
        foreach (var hit in hits.Hits)
        {
            // The cheap verdict and score for the whole window; reasons and explanations only for those shown.
            if (!rules.IsEligible(vacancy, hit.Profile, request.Requester, today))
            {
                rejected++;
                continue;
            }
            // Against the vacancy's own terms, not the best hit: the same for every party and any pool size.
            window.Add(new WindowCandidate(hit.Profile, hits.RelevanceOf(hit)));
        }
        if (rejected > 0)
            logger.LogWarning("Index returned {Rejected} candidates for vacancy {VacancyId} that fail the eligibility rules; they were left out", rejected, vacancy.Id);

        var scores = scorer.ScoresOf(vacancy, window, today);
        var pool = new List<PoolEntry>(window.Count);
        for (var i = 0; i < window.Count; i++)
            pool.Add(new PoolEntry(window[i].Candidate, window[i].TextRelevance, scores[i], window[i].Candidate.Home.DistanceKmTo(vacancy.Location), i));
        pool.Sort(PoolEntry.RankOrder);
        var ranked = pool.Take(request.TopK)
            .Select(e => scorer.Score(vacancy, e.Profile, rules.Evaluate(vacancy, e.Profile, request.Requester, today), e.TextRelevance, today))
            .ToList();
        if (impressions is not null)
            await impressions.RecordAsync(vacancy.Id, pool.ConvertAll(e => e.Profile.Reference), ranked, scorer.Version, now, cancellationToken);
        var result = new RankingResult(vacancy.Id, (int)hits.TotalEligible - rejected, ranked, scorer.Version, now)
        {
            VacancyOccupation = OccupationFit.OfVacancy(vacancy),
        };
        metrics?.RankingTook(clock.GetElapsedTime(started), scorer.Version);
        activity?.SetTag("matching.vacancy.id", vacancy.Id);
        activity?.SetTag("matching.eligible", result.EligibleCount);
        logger.LogInformation("Ranked vacancy {VacancyId} for {Requester}: {Eligible} eligible, top {Count} shown, ranker {Ranker}",
            vacancy.Id, request.Requester.Code, result.EligibleCount, ranked.Count, scorer.Version);
        return result;
    }
}
