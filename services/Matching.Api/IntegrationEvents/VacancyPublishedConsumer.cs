using Matching.ServiceDefaults;
using MassTransit;
using Matching.Ranking.Audit;
using Matching.Ranking.Ledger;
using Matching.Ranking.Publishing;
using Matching.Ranking;
using Matching.Contracts;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;
using Matching.Search;
using Microsoft.Extensions.Options;

namespace Matching.Api.IntegrationEvents;

/// <summary>
/// Generates a vacancy's match list as soon as it is published, on behalf of the municipality that registered it.
/// Idempotent: the list is stored under the event's identity (vacancy + publication time) and a redelivery
/// re-publishes the stored list with the same message id instead of ranking again; when two replicas rank the same
/// event at once, the ledger keeps the first list and both publish that one.
/// </summary>
public sealed class VacancyPublishedConsumer(
    IVacancyIndex vacancies, CandidateRanker ranker, IMatchLedger ledger, MatchPublisher publisher, PartyDirectory parties, IAuditLog audit,
    IOptions<RankingOptions> options, ILogger<VacancyPublishedConsumer> logger) : IConsumer<VacancyPublished>
{
    public async Task Consume(ConsumeContext<VacancyPublished> context)
    {
        var message = context.Message;
        var cancellationToken = context.CancellationToken;
        var sourceKey = $"{message.VacancyId}@{message.PublishedAt.UtcTicks}";
        var list = await ledger.FindMatchListAsync(sourceKey, cancellationToken);
        if (list is null)
        {
            var vacancy = await vacancies.GetAsync(message.VacancyId, cancellationToken);
            if (vacancy is not { Status: VacancyStatus.Open } || parties.Find(vacancy.MunicipalityCode) is not { } owner)
            {
                logger.LogInformation("Vacancy {VacancyId} is unknown or no longer open; no match list generated", message.VacancyId);
                return;
            }
            var result = await ranker.RankAsync(new RankingRequest(vacancy, owner, options.Value.DefaultTopK, [], null), cancellationToken);
            // When another replica stored its list for this event first, that list is the one published and audited.
            (list, _) = await ledger.SaveMatchListAsync(sourceKey, MatchPublisher.ToEvent(result, owner.Code), cancellationToken);
        }
        // Audited once per stored list, also when the process that stored it died before auditing (the redelivery does) and
        // when two replicas handle the event at once.
        await audit.RecordOnceAsync(new AuditEntry(list.MatchedAt, "matching-service", list.RequestingParty, "match-list", list.VacancyId, list.RankerVersion,
            list.Candidates.Select(c => c.CandidateRef).ToList()), cancellationToken);
        await publisher.PublishAsync(list, list.VacancyId, DeterministicId.From("candidates-matched:" + sourceKey), cancellationToken);
    }
}
