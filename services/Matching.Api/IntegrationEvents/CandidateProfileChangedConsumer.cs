using Matching.ServiceDefaults;
using MassTransit;
using Matching.Ranking.Ledger;
using Matching.Ranking.Publishing;
using Matching.Contracts;
using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Search;
using Matching.Ranking;
using Microsoft.Extensions.Options;

namespace Matching.Api.IntegrationEvents;

/// <summary>
/// When a candidate changes (a new certificate, more hours, a higher trede), announces each open vacancy they now fit
/// and were not matched to before. Each (vacancy, candidate) pair is announced once: the ledger claims it before
/// publishing and marks it done after, so a crash in between re-announces with the same message id.
/// </summary>
public sealed class CandidateProfileChangedConsumer(
    ICandidateIndex candidates, IVacancyIndex vacancies, EligibilityRules rules, IRanker ranker, IMatchLedger ledger,
    MatchPublisher publisher, PartyDirectory parties, TimeProvider clock, IOptions<RankingOptions> options, ILogger<CandidateProfileChangedConsumer> logger)
    : IConsumer<CandidateProfileChanged>
{
    public async Task Consume(ConsumeContext<CandidateProfileChanged> context)
    {
        var cancellationToken = context.CancellationToken;
        var candidate = await candidates.GetAsync(context.Message.CandidateRef, cancellationToken);
        if (candidate is not { Status: CandidateStatus.Active }) return;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var announced = 0;
        // Open vacancies checked per change (Ranking:NewlyMatchedMaxOpenVacancies; the region has a few hundred open at most):
        // one more is read to know whether the cap left any out, and every announcement says so.
        var max = options.Value.NewlyMatchedMaxOpenVacancies;
        var open = await vacancies.SearchAsync(new VacancyQuery { Size = max + 1 }, cancellationToken);
        var capped = open.Count > max;
        if (capped)
            logger.LogWarning("Candidate {CandidateRef} checked against the {Max} most recently updated open vacancies only (said in each announcement)",
                candidate.Reference, max);
        foreach (var vacancy in open.Take(max))
        {
            if (parties.Find(vacancy.MunicipalityCode) is not { } owner) continue;
            var eligibility = rules.Evaluate(vacancy, candidate, owner, today);
            if (!eligibility.IsEligible) continue;
            // Text relevance is relative to a ranked pool; a single pair is scored on its other factors.
            var scored = ranker.Score(vacancy, candidate, eligibility, textRelevance: 0, today);
            var claim = await ledger.ClaimPairAsync(new CandidateNewlyMatched(
                vacancy.Id, candidate.Reference, candidate.MunicipalityCode, scored.Score, ranker.Version, now,
                Math.Min(open.Count, max), capped), cancellationToken);
            if (claim is null) continue;
            await publisher.PublishAsync(claim, vacancy.Id, DeterministicId.From($"newly-matched:{vacancy.Id}:{candidate.Reference}"), cancellationToken);
            await ledger.MarkAnnouncedAsync(vacancy.Id, candidate.Reference, cancellationToken);
            announced++;
        }
        if (announced > 0)
            logger.LogInformation("Candidate {CandidateRef} newly matches {Count} open vacancies", candidate.Reference, announced);
    }
}
