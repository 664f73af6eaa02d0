using System.Text.Json;
using MassTransit;
using Matching.Contracts;
using Matching.Domain;
using Matching.Domain.Candidates;
using Matching.Domain.Vacancies;
using Matching.Search;
using Microsoft.Extensions.Logging;
using Polly.Registry;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// The write path of the vacancy and candidate services: store the write durably (the acknowledgement), then index
/// it and publish its events in order. When the engine or broker is away the write stays pending and the
/// <see cref="OutboxDrainService"/> finishes it later; events go out only after their documents are indexed,
/// because consumers read the index.
/// </summary>
public sealed class IndexWrites(
    WriteOutbox outbox, ICandidateIndex candidates, IVacancyIndex vacancies, IPublishEndpoint publisher,
    ResiliencePipelineProvider<string> pipelines, ILogger<IndexWrites> logger)
{
    public Task<WriteOutcome> WriteCandidatesAsync(IReadOnlyCollection<CandidateProfile> profiles, IEnumerable<object> events, CancellationToken cancellationToken) =>
        WriteAsync(IndexTarget.Candidates, JsonSerializer.Serialize(profiles, DomainJson.Options), events, cancellationToken);

    public Task<WriteOutcome> WriteVacanciesAsync(IReadOnlyCollection<Vacancy> items, IEnumerable<object> events, CancellationToken cancellationToken) =>
        WriteAsync(IndexTarget.Vacancies, JsonSerializer.Serialize(items, DomainJson.Options), events, cancellationToken);

    /// <summary>Applies every pending write in order; stops at the first that fails (it stays pending, and so do those after it).</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        await outbox.DrainLock.WaitAsync(cancellationToken);
        try
        {
            var applied = 0;
            while (await outbox.ReadAsync(100, cancellationToken) is { Count: > 0 } batch)
                foreach (var write in batch)
                {
                    await ApplyAsync(write, cancellationToken);
                    await outbox.RemoveAsync(write.Sequence, cancellationToken);
                    applied++;
                }
            return applied;
        }
        finally
        {
            outbox.DrainLock.Release();
        }
    }

    private async Task<WriteOutcome> WriteAsync(IndexTarget target, string documentsJson, IEnumerable<object> events, CancellationToken cancellationToken)
    {
        var pendingEvents = events.Select(e => new PendingEvent(e.GetType().FullName!, JsonSerializer.Serialize(e, e.GetType(), DomainJson.Options))).ToArray();
        var sequence = await outbox.AppendAsync(target, documentsJson, pendingEvents, cancellationToken);
        try
        {
            // Not the request's token: once acknowledged, a client hanging up must not stop the write half-way.
            await DrainAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Write {Sequence} to {Target} accepted but not yet applied; it stays pending", sequence, target);
        }
        return await outbox.ContainsAsync(sequence, CancellationToken.None) ? WriteOutcome.Pending : WriteOutcome.Indexed;
    }

    private async Task ApplyAsync(PendingWrite write, CancellationToken cancellationToken)
    {
        if (write.Target == IndexTarget.Candidates)
            await candidates.UpsertAsync(JsonSerializer.Deserialize<CandidateProfile[]>(write.DocumentsJson, DomainJson.Options)!, cancellationToken);
        else
            await vacancies.UpsertAsync(JsonSerializer.Deserialize<Vacancy[]>(write.DocumentsJson, DomainJson.Options)!, cancellationToken);

        for (var i = 0; i < write.Events.Count; i++)
        {
            var type = typeof(VacancyPublished).Assembly.GetType(write.Events[i].Type)
                       ?? throw new InvalidOperationException($"Unknown event type {write.Events[i].Type} in pending write {write.Sequence}.");
            var message = JsonSerializer.Deserialize(write.Events[i].Json, type, DomainJson.Options)!;
            // A stable id per (write, event): a write re-applied after a crash publishes duplicates consumers can drop.
            var messageId = DeterministicId.From($"outbox:{write.Id}:{i}");
            await pipelines.GetPipeline(BrokerPipeline.Name).ExecuteAsync(async ct =>
                await publisher.Publish(message, type, context => context.MessageId = messageId, ct), cancellationToken);
        }
    }
}
