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

namespace Matching.Api.IntegrationEvents;

/// <summary>
/// When a candidate changes (a new certificate, more hours, a higher trede), announces each open vacancy they now fit
/// and were not matched to before. Each (vacancy, candidate) pair is announced once: the ledger claims it before
/// publishing and marks it done after, so a crash in between re-announces with the same message id.
/// </summary>
public sealed class CandidateProfileChangedConsumer(
    ICandidateIndex candidates, IVacancyIndex vacancies, EligibilityRules rules, IRanker ranker, IMatchLedger ledger,
    MatchPublisher publisher, PartyDirectory parties, TimeProvider clock, ILogger<CandidateProfileChangedConsumer> logger)
    : IConsumer<CandidateProfileChanged>
{
    /// <summary>Open vacancies considered per change; the region has a few hundred open at most.</summary>
    public const int MaxOpenVacancies = 2000;

    public async Task Consume(ConsumeContext<CandidateProfileChanged> context)
    {
        var cancellationToken = context.CancellationToken;
        var candidate = await candidates.GetAsync(context.Message.CandidateRef, cancellationToken);
        if (candidate is not { Status: CandidateStatus.Active }) return;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var announced = 0;
        foreach (var vacancy in await vacancies.SearchAsync(new VacancyQuery { Size = MaxOpenVacancies }, cancellationToken))
        {
            if (parties.Find(vacancy.MunicipalityCode) is not { } owner) continue;
            var eligibility = rules.Evaluate(vacancy, candidate, owner, today);
            if (!eligibility.IsEligible) continue;
            // Text relevance is relative to a ranked pool; a single pair is scored on its other factors.
            var scored = ranker.Score(vacancy, candidate, eligibility, textRelevance: 0, today);
            var claim = await ledger.ClaimPairAsync(new CandidateNewlyMatched(
                vacancy.Id, candidate.Reference, candidate.MunicipalityCode, scored.Score, ranker.Version, now), cancellationToken);
            if (claim is null) continue;
            await publisher.PublishAsync(claim, vacancy.Id, DeterministicId.From($"newly-matched:{vacancy.Id}:{candidate.Reference}"), cancellationToken);
            await ledger.MarkAnnouncedAsync(vacancy.Id, candidate.Reference, cancellationToken);
            announced++;
        }
        if (announced > 0)
            logger.LogInformation("Candidate {CandidateRef} newly matches {Count} open vacancies", candidate.Reference, announced);
    }
}
