using Matching.ServiceDefaults;
using MassTransit;
using Matching.Ranking.Ledger;
using Matching.Ranking.Publishing;
using Matching.Ranking;
using Matching.Contracts;
using Matching.Domain.Candidates;
using Matching.Search;

namespace Matching.Api.IntegrationEvents;

/// <summary>
/// When a candidate changes (a new certificate, more hours, a higher trede), announces each open vacancy they now fit
/// and were not matched to before. Each (vacancy, candidate) pair is announced once: the ledger claims it before
/// publishing and marks it done after, so a crash in between re-announces with the same message id.
/// </summary>
public sealed class CandidateProfileChangedConsumer(
    ICandidateIndex candidates, VacancyRanker vacancies, IMatchLedger ledger, MatchPublisher publisher, TimeProvider clock,
    ILogger<CandidateProfileChangedConsumer> logger)
    : IConsumer<CandidateProfileChanged>
{
    public async Task Consume(ConsumeContext<CandidateProfileChanged> context)
    {
        var cancellationToken = context.CancellationToken;
        var candidate = await candidates.GetAsync(context.Message.CandidateRef, cancellationToken);
        if (candidate is not { Status: CandidateStatus.Active }) return;
        var now = clock.GetUtcNow();
        var announced = 0;
        // Every open vacancy the candidate fits, as its own municipality would rank it (VacancyRanker, the reverse direction);
        // each announcement says how many open vacancies were checked and whether the cap left some out.
        var fits = await vacancies.RankAsync(new VacancyRankingRequest(candidate, int.MaxValue, MaxHoursShort: 0), cancellationToken);
        foreach (var (vacancy, scored) in fits.Ranked)
        {
            var claim = await ledger.ClaimPairAsync(new CandidateNewlyMatched(
                vacancy.Id, candidate.Reference, candidate.MunicipalityCode, scored.Score, fits.RankerVersion, now,
                fits.OpenVacanciesChecked, fits.OpenVacanciesCapped), cancellationToken);
            if (claim is null) continue;
            await publisher.PublishAsync(claim, vacancy.Id, DeterministicId.From($"newly-matched:{vacancy.Id}:{candidate.Reference}"), cancellationToken);
            await ledger.MarkAnnouncedAsync(vacancy.Id, candidate.Reference, cancellationToken);
            announced++;
        }
        if (announced > 0)
            logger.LogInformation("Candidate {CandidateRef} newly matches {Count} open vacancies", candidate.Reference, announced);
    }
}
