using System.Text.Json;
using MassTransit;
using Matching.Contracts;
using Matching.Domain;
using Matching.Domain.Candidates;
using Matching.Domain.Vacancies;
using Matching.Search;
using Matching.ServiceDefaults.Ownership;
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
    WriteOutbox outbox, ReferenceRegistry registry, ICandidateIndex candidates, IVacancyIndex vacancies, IPublishEndpoint publisher,
    ResiliencePipelineProvider<string> pipelines, ILogger<IndexWrites> logger)
{
    /// <summary>
    /// Queues profiles for indexing, each claimed for its municipality (<see cref="OwnershipConflictException"/> when one
    /// belongs to another: nothing stored). <paramref name="events"/> gets the references this write registers.
    /// </summary>
    public Task<WriteReceipt> WriteCandidatesAsync(IReadOnlyCollection<CandidateProfile> profiles, Func<IReadOnlySet<string>, IEnumerable<object>> events, CancellationToken cancellationToken) =>
        WriteAsync(IndexTarget.Candidates, JsonSerializer.Serialize(profiles, DomainJson.Options), events,
            profiles.Select(p => new ReferenceClaim(ReferenceKind.Candidate, p.Reference, p.MunicipalityCode)).ToList(), cancellationToken);

    /// <summary>Queues vacancies for indexing, each claimed for its municipality (<see cref="OwnershipConflictException"/> when one belongs to another: nothing stored).</summary>
    public Task<WriteReceipt> WriteVacanciesAsync(IReadOnlyCollection<Vacancy> items, IEnumerable<object> events, CancellationToken cancellationToken) =>
        WriteAsync(IndexTarget.Vacancies, JsonSerializer.Serialize(items, DomainJson.Options), _ => events,
            items.Select(v => new ReferenceClaim(ReferenceKind.Vacancy, v.Id, v.MunicipalityCode)).ToList(), cancellationToken);

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

    private async Task<WriteReceipt> WriteAsync(IndexTarget target, string documentsJson, Func<IReadOnlySet<string>, IEnumerable<object>> events,
        IReadOnlyList<ReferenceClaim> claims, CancellationToken cancellationToken)
    {
        // References indexed before the registry existed are adopted for their owner before this write can claim them.
        if (claims.Count > 0) await registry.OwnersOfAsync(claims[0].Kind, claims.Select(c => c.Reference).ToList(), cancellationToken);
        var (sequence, claimed) = await outbox.AppendAsync(target, documentsJson, registered => events(registered)
            .Select(e => new PendingEvent(e.GetType().FullName!, JsonSerializer.Serialize(e, e.GetType(), DomainJson.Options))).ToArray(), claims, cancellationToken);
        try
        {
            // Not the request's token: once acknowledged, a client hanging up must not stop the write half-way.
            await DrainAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Write {Sequence} to {Target} accepted but not yet applied; it stays pending", sequence, target);
        }
        return new WriteReceipt(await outbox.ContainsAsync(sequence, CancellationToken.None) ? WriteOutcome.Pending : WriteOutcome.Indexed, claimed);
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
