using System.Text.Json;
using Matching.Domain;
using Matching.Domain.Candidates;
using Matching.Domain.Vacancies;
using Matching.ServiceDefaults.Ownership;
using Microsoft.Extensions.Options;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// The write path of the vacancy and candidate services: store the write durably (the acknowledgement), wake the
/// drainer and wait a short while for it to be indexed. Nothing here reads the index or waits on the broker: while
/// the engine is away the write stays pending (202) and the <see cref="OutboxDrainer"/> finishes it later; its
/// events go out in the background once its documents are indexed, because consumers read the index.
/// </summary>
public sealed class IndexWrites(WriteOutbox outbox, ReferenceRegistry registry, OutboxDrainer drainer, IOptions<OutboxOptions> options)
{
    /// <summary>
    /// Queues profiles for indexing, each claimed for its municipality (<see cref="OwnershipConflictException"/> when one
    /// belongs to another: nothing stored). <paramref name="events"/> gets the references this write registers. With
    /// <paramref name="expectedVersion"/> (one profile), or <paramref name="expectedVersions"/> (by reference, an import's),
    /// the write holds only while each such reference is at that version (<see cref="VersionConflictException"/> otherwise:
    /// nothing stored).
    /// </summary>
    public Task<WriteReceipt> WriteCandidatesAsync(IReadOnlyCollection<CandidateProfile> profiles, Func<IReadOnlySet<string>, IEnumerable<object>> events,
        CancellationToken cancellationToken, long? expectedVersion = null, IReadOnlyDictionary<string, long>? expectedVersions = null) =>
        WriteAsync(IndexTarget.Candidates, WriteOperation.Upsert, JsonSerializer.Serialize(profiles, DomainJson.Options), events,
            Claims(ReferenceKind.Candidate, profiles.Select(p => (p.Reference, p.MunicipalityCode)).ToList(), expectedVersion, expectedVersions), null,
            cancellationToken);

    /// <summary>Queues vacancies for indexing, each claimed for its municipality, as <see cref="WriteCandidatesAsync"/> does for profiles.</summary>
    public Task<WriteReceipt> WriteVacanciesAsync(IReadOnlyCollection<Vacancy> items, IEnumerable<object> events, CancellationToken cancellationToken,
        long? expectedVersion = null) =>
        WriteAsync(IndexTarget.Vacancies, WriteOperation.Upsert, JsonSerializer.Serialize(items, DomainJson.Options), _ => events,
            Claims(ReferenceKind.Vacancy, items.Select(v => (v.Id, v.MunicipalityCode)).ToList(), expectedVersion), null, cancellationToken);

    /// <summary>
    /// Queues a status change (withdraw a candidate, close a vacancy) for references the registry says <paramref name="owner"/>
    /// owns. The drainer sets it on the stored documents when it applies the write, so this needs no read of the index.
    /// With <paramref name="expectedVersion"/> it holds only while the reference is at that version (<see cref="VersionConflictException"/>).
    /// </summary>
    public Task<WriteReceipt> SetStatusAsync(ReferenceKind kind, string reference, string owner, string status, DateTimeOffset at,
        IEnumerable<object> events, CancellationToken cancellationToken, long? expectedVersion = null) =>
        WriteAsync(kind.Target(), WriteOperation.SetStatus,
            JsonSerializer.Serialize(new StatusChange([reference], status, at)), _ => events, [new ReferenceClaim(kind, reference, owner, expectedVersion)], status, cancellationToken);

    /// <summary>Each item claimed for its owner, at <paramref name="expectedVersion"/> (a write of one) or its own entry of <paramref name="expectedVersions"/>.</summary>
    private static List<ReferenceClaim> Claims(ReferenceKind kind, IReadOnlyList<(string Reference, string Owner)> items, long? expectedVersion,
        IReadOnlyDictionary<string, long>? expectedVersions = null)
    {
        if (expectedVersion is not null && items.Count != 1)
            throw new ArgumentException("An expected version is for a write of one reference.", nameof(expectedVersion));
        return items.Select(i => new ReferenceClaim(kind, i.Reference, i.Owner,
            expectedVersions is not null && expectedVersions.TryGetValue(i.Reference, out var own) ? own : expectedVersion)).ToList();
    }

    private async Task<WriteReceipt> WriteAsync(IndexTarget target, WriteOperation operation, string documentsJson,
        Func<IReadOnlySet<string>, IEnumerable<object>> events, IReadOnlyList<ReferenceClaim> claims, string? status, CancellationToken cancellationToken)
    {
        // References indexed before the registry existed are adopted for their owner before this write can claim them
        // (one read of the index for a reference the registry does not know; skipped while the engine is known away).
        if (claims.Count > 0 && !drainer.IsPaused(target))
            await registry.OwnersOfAsync(claims[0].Kind, claims.Select(c => c.Reference).ToList(), cancellationToken);
        var (sequence, claimed, versions) = await outbox.AppendAsync(target, operation, documentsJson,
            registered => events(registered).Select(e => PendingEvent.For(e)).ToArray(), claims, status, cancellationToken);
        // Acknowledged: the write is durable. Wait a little for the index (never for the broker), not when the engine is known to be away.
        var wait = drainer.IsPaused(target) ? TimeSpan.Zero : TimeSpan.FromMilliseconds(options.Value.AcknowledgeWaitMilliseconds);
        var indexed = await outbox.WaitIndexedAsync(sequence, wait);
        return new WriteReceipt(indexed ? WriteOutcome.Indexed : WriteOutcome.Pending, claimed, versions);
    }
}
