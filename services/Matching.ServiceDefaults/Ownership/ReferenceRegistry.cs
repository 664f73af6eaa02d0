using Matching.Domain.Candidates;
using Matching.Domain.Vacancies;
using Matching.Search;
using Matching.Search.Resilience;
using Matching.ServiceDefaults.Outbox;

namespace Matching.ServiceDefaults.Ownership;

/// <summary>
/// Who owns each candidate reference and vacancy id, kept durably beside the write outbox (one store, one
/// transaction): a reference is claimed in the same transaction that queues its first write, so exactly one party
/// owns it, and ownership can be answered while the search engine is away and writes still queue. References written
/// before the registry existed are adopted from the index the first time they are asked for.
/// </summary>
public sealed class ReferenceRegistry(IOutboxStore store, ICandidateIndex candidates, IVacancyIndex vacancies)
{
    /// <summary>The owning party's code, or null when nobody owns the reference (it does not exist).</summary>
    public async Task<string?> OwnerOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken)
    {
        var owners = await OwnersOfAsync(kind, [reference], cancellationToken);
        return owners.GetValueOrDefault(reference);
    }

    /// <summary>The owners of those references that have one.</summary>
    public async Task<IReadOnlyDictionary<string, string>> OwnersOfAsync(ReferenceKind kind, IReadOnlyCollection<string> references, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reference in references.Distinct(StringComparer.Ordinal))
            if (await store.OwnerOfAsync(kind, reference, cancellationToken) is { } owner)
                owners[reference] = owner;
        try
        {
            foreach (var reference in references.Distinct(StringComparer.Ordinal).Where(r => !owners.ContainsKey(r)))
                if (await IndexedAsync(kind, reference, cancellationToken) is { } adopted)
                    owners[reference] = await store.AdoptAsync(new ReferenceClaim(kind, reference, adopted.Owner), adopted.Status, DateTimeOffset.UtcNow,
                        cancellationToken);
        }
        catch (SearchUnavailableException)
        {
            // The engine is away: the registry's answer stands. Only references indexed before the registry existed
            // and never asked for since are unknown to it.
        }
        return owners;
    }

    /// <summary>
    /// The status last queued for the reference by a withdraw or close (e.g. "Withdrawn", "Filled"), or null while it
    /// is active or unknown. Lets writes be refused or skipped without reading the index.
    /// </summary>
    public Task<string?> StatusOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken) =>
        store.StatusOfAsync(kind, reference, cancellationToken);

    /// <summary>
    /// The reference's version and how many of its writes the index does not show yet (null when unknown): the version
    /// a reader of the index saw is <see cref="ReferenceVersion.Indexed"/>, and a change built on it holds only while no
    /// other write came (<see cref="ReferenceClaim.ExpectedVersion"/>).
    /// </summary>
    public Task<ReferenceVersion?> VersionOfAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken) =>
        store.VersionOfAsync(kind, reference, cancellationToken);

    /// <summary>Owner and (when not active) status of a document indexed before the registry knew it.</summary>
    private async Task<(string Owner, string? Status)?> IndexedAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken)
    {
        if (kind == ReferenceKind.Candidate)
            return await candidates.GetAsync(reference, cancellationToken) is { } c
                ? (c.MunicipalityCode, c.Status == CandidateStatus.Withdrawn ? c.Status.ToString() : null) : null;
        return await vacancies.GetAsync(reference, cancellationToken) is { } v
            ? (v.MunicipalityCode, v.Status == VacancyStatus.Open ? null : v.Status.ToString()) : null;
    }
}
