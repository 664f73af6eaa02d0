using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using Matching.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Ranking;

/// <summary>
/// The reverse direction: the open vacancies one candidate fits, best first, and those one fixable gap away. Each
/// pair is checked by <see cref="EligibilityRules"/> as the vacancy's own municipality would rank it (the candidate's
/// consent must cover that municipality) and scored by the same <see cref="IRanker"/> as the forward direction, with
/// text relevance 0 (there is no single-pair BM25). Used by the workbench, gRPC RankVacancies and the
/// newly-matched announcements.
/// </summary>
public sealed class VacancyRanker(IVacancyIndex vacancies, EligibilityRules rules, IRanker ranker, PartyDirectory parties, TimeProvider clock,
    IOptions<RankingOptions> options, ILogger<VacancyRanker> logger)
{

    public async Task<VacancyRankingResult> RankAsync(VacancyRankingRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var candidate = request.Candidate;
        var eligible = new List<ScoredVacancy>();
        var gaps = new List<(Vacancy Vacancy, FixableGap Gap)>();
        // Open vacancies considered per candidate (Ranking:NewlyMatchedMaxOpenVacancies, most recently updated first; the
        // region has a few hundred open at most): one more is read to know whether the cap left any out, and the result says so.
        var max = options.Value.NewlyMatchedMaxOpenVacancies;
        var open = await vacancies.SearchAsync(new VacancyQuery { Size = max + 1 }, cancellationToken);
        var capped = open.Count > max;
        if (capped)
            logger.LogWarning("Candidate {CandidateRef} checked against the {Max} most recently updated open vacancies only (said in the result)",
                candidate.Reference, max);
        foreach (var vacancy in open.Take(max))
        {
            if (vacancy.Status != VacancyStatus.Open || parties.Find(vacancy.MunicipalityCode) is not { } owner) continue;
            var eligibility = rules.Evaluate(vacancy, candidate, owner, today);
            if (eligibility.IsEligible)
                eligible.Add(new ScoredVacancy(vacancy, ranker.Score(vacancy, candidate, eligibility, textRelevance: 0, today)));
            else if (FixableGap.Of(vacancy, candidate, eligibility, request.MaxHoursShort) is { } gap)
                gaps.Add((vacancy, gap));
        }
        eligible.Sort(ScoredVacancy.RankOrder);
        var nearMisses = gaps
            .GroupBy(g => g.Gap.Key, StringComparer.Ordinal)
            .Select(g => new VacancyNearMiss(g.Key, g.First().Gap.Missing, g.Select(x => x.Vacancy).OrderBy(v => v.Id, StringComparer.Ordinal).ToList()))
            .OrderByDescending(n => n.Vacancies.Count).ThenBy(n => n.Key, StringComparer.Ordinal)
            .ToList();
        return new VacancyRankingResult(candidate.Reference, eligible.Count, eligible.Take(request.TopK).ToList(), nearMisses, ranker.Version, now,
            Math.Min(open.Count, max), capped);
    }
}
