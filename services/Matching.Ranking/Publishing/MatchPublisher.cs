using Matching.ServiceDefaults;
using MassTransit;
using Matching.Ranking;
using Matching.Contracts;

namespace Matching.Ranking.Publishing;

/// <summary>Publishes ranking results as events: references, ranks and scores only, never profile contents.</summary>
public sealed class MatchPublisher(IPublishEndpoint publisher)
{
    public static CandidatesMatched ToEvent(RankingResult result, string requestingParty) => new(
        result.VacancyId,
        requestingParty,
        result.EligibleCount,
        result.Ranked.Select((s, i) => new MatchedCandidate(s.Candidate.Reference, s.Candidate.MunicipalityCode, i + 1, s.Score)).ToList(),
        result.RankerVersion,
        result.RankedAt);

    /// <summary>Publishes with a stable message id (when given) and the vacancy as correlation, so one vacancy's events can be followed.</summary>
    public Task PublishAsync<T>(T message, string vacancyId, Guid? messageId, CancellationToken cancellationToken) where T : class =>
        publisher.Publish(message, context =>
        {
            if (messageId is { } id) context.MessageId = id;
            context.CorrelationId = DeterministicId.From("vacancy:" + vacancyId);
        }, cancellationToken);
}
