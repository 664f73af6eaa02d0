using Matching.ServiceDefaults;
using Matching.Contracts;
using Matching.ServiceDefaults.Outbox;

namespace Matching.Ranking.Publishing;

/// <summary>
/// Publishes ranking results as events (references, ranks and scores only, never profile contents) through the
/// durable outbox: the caller never waits on the broker, and an event goes out once per message id.
/// </summary>
public sealed class MatchPublisher(WriteOutbox outbox)
{
    public static CandidatesMatched ToEvent(RankingResult result, string requestingParty) => new(
        result.VacancyId,
        requestingParty,
        result.EligibleCount,
        result.Ranked.Select((s, i) => new MatchedCandidate(s.Candidate.Reference, s.Candidate.MunicipalityCode, i + 1, s.Score)).ToList(),
        result.RankerVersion,
        result.RankedAt);

    /// <summary>
    /// Queues with a stable message id (when given; one queued before is not queued again) and the vacancy as
    /// correlation, so one vacancy's events can be followed. The outbox publishes in the background.
    /// </summary>
    public Task PublishAsync<T>(T message, string vacancyId, Guid? messageId, CancellationToken cancellationToken) where T : class =>
        outbox.QueueEventsAsync([PendingEvent.For(message, messageId, DeterministicId.From("vacancy:" + vacancyId))], cancellationToken);
}
