using Matching.Search;
using Matching.Search.Resilience;
using Matching.ServiceDefaults.Outbox;
using Microsoft.Data.Sqlite;

namespace Matching.ServiceDefaults.Ownership;

/// <summary>
/// Who owns each candidate reference and vacancy id, kept durably beside the write outbox (one SQLite file, one
/// transaction): a reference is claimed in the same transaction that queues its first write, so exactly one party
/// owns it, and ownership can be answered while the search engine is away and writes still queue. References written
/// before the registry existed are adopted from the index the first time they are asked for.
/// </summary>
public sealed class ReferenceRegistry(OutboxDatabase database, ICandidateIndex candidates, IVacancyIndex vacancies)
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
        await using (var connection = database.Open())
            foreach (var reference in references.Distinct(StringComparer.Ordinal))
                if (await StoredOwnerAsync(connection, null, kind, reference, cancellationToken) is { } owner)
                    owners[reference] = owner;
        try
        {
            foreach (var reference in references.Distinct(StringComparer.Ordinal).Where(r => !owners.ContainsKey(r)))
                if (await IndexedOwnerAsync(kind, reference, cancellationToken) is { } adopted)
                    owners[reference] = await AdoptAsync(kind, reference, adopted, cancellationToken);
        }
        catch (SearchUnavailableException)
        {
            // The engine is away: the registry's answer stands. Only references indexed before the registry existed
            // and never asked for since are unknown to it.
        }
        return owners;
    }

    /// <summary>
    /// Claims every reference for its owner inside <paramref name="transaction"/>. Returns the claims that lost (the
    /// reference belongs to another party; the caller rolls back when any did) and the references this call claimed
    /// first (they are new).
    /// </summary>
    internal static async Task<(IReadOnlyList<ReferenceClaim> Lost, IReadOnlySet<string> Claimed)> ClaimAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyCollection<ReferenceClaim> claims, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lost = new List<ReferenceClaim>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            await using (var insert = SqliteDatabase.Command(connection,
                "INSERT OR IGNORE INTO reference_owners (kind, reference, owner, claimed_at) VALUES ($kind, $reference, $owner, $at)",
                ("$kind", claim.Kind.ToString()), ("$reference", claim.Reference), ("$owner", claim.Owner), ("$at", now.ToString("O"))))
            {
                insert.Transaction = transaction;
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1) claimed.Add(claim.Reference);
            }
            if (await StoredOwnerAsync(connection, transaction, claim.Kind, claim.Reference, cancellationToken) != claim.Owner) lost.Add(claim);
        }
        return (lost, claimed);
    }

    private async Task<string> AdoptAsync(ReferenceKind kind, string reference, string owner, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction();
        await ClaimAsync(connection, transaction, [new ReferenceClaim(kind, reference, owner)], DateTimeOffset.UtcNow, cancellationToken);
        var stored = await StoredOwnerAsync(connection, transaction, kind, reference, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored!;
    }

    private async Task<string?> IndexedOwnerAsync(ReferenceKind kind, string reference, CancellationToken cancellationToken) => kind switch
    {
        ReferenceKind.Candidate => (await candidates.GetAsync(reference, cancellationToken))?.MunicipalityCode,
        _ => (await vacancies.GetAsync(reference, cancellationToken))?.MunicipalityCode,
    };

    private static async Task<string?> StoredOwnerAsync(SqliteConnection connection, SqliteTransaction? transaction, ReferenceKind kind, string reference, CancellationToken cancellationToken)
    {
        await using var select = SqliteDatabase.Command(connection,
            "SELECT owner FROM reference_owners WHERE kind = $kind AND reference = $reference", ("$kind", kind.ToString()), ("$reference", reference));
        select.Transaction = transaction;
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }
}
