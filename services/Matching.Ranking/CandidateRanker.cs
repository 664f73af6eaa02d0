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
        var hits = await index.SearchAsync(RankingQuery.For(request, today, options.Value.RescoreWindow), cancellationToken);

        var maxText = hits.Hits.Count == 0 ? 0 : hits.Hits.Max(h => h.TextScore);
        var pool = new List<PoolEntry>(hits.Hits.Count);
        var rejected = 0;
        foreach (var hit in hits.Hits)
        {
            // The cheap verdict and score for the whole window; reasons and explanations only for those shown.
            if (!rules.IsEligible(vacancy, hit.Profile, request.Requester, today))
            {
                rejected++;
                continue;
            }
            var relevance = maxText > 0 ? hit.TextScore / maxText : 0;
            pool.Add(new PoolEntry(hit.Profile, relevance, ranker.ScoreOf(vacancy, hit.Profile, relevance, today),
                hit.Profile.Home.DistanceKmTo(vacancy.Location), pool.Count));
        }
        if (rejected > 0)
            logger.LogWarning("Index returned {Rejected} candidates for vacancy {VacancyId} that fail the eligibility rules; they were left out", rejected, vacancy.Id);

        pool.Sort(PoolEntry.RankOrder);
        var ranked = pool.Take(request.TopK)
            .Select(e => ranker.Score(vacancy, e.Profile, rules.Evaluate(vacancy, e.Profile, request.Requester, today), e.TextRelevance, today))
            .ToList();
        if (impressions is not null)
            await impressions.RecordAsync(vacancy.Id, pool.ConvertAll(e => e.Profile.Reference), ranked, ranker.Version, now, cancellationToken);
        var result = new RankingResult(vacancy.Id, (int)hits.TotalEligible - rejected, ranked, ranker.Version, now);
        metrics?.RankingTook(clock.GetElapsedTime(started), ranker.Version);
        activity?.SetTag("matching.vacancy.id", vacancy.Id);
        activity?.SetTag("matching.eligible", result.EligibleCount);
        logger.LogInformation("Ranked vacancy {VacancyId} for {Requester}: {Eligible} eligible, top {Count} shown, ranker {Ranker}",
            vacancy.Id, request.Requester.Code, result.EligibleCount, ranked.Count, ranker.Version);
        return result;
    }
}
