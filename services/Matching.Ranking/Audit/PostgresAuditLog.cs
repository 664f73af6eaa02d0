using Dapper;
using Matching.ServiceDefaults.Storage;
using Npgsql;

namespace Matching.Ranking.Audit;

/// <summary>
/// The audit log in the shared PostgreSQL database, so every replica's accesses answer "who saw my profile?"
/// together. Append-only in the database itself: triggers refuse UPDATE, TRUNCATE and DELETE of rows younger than
/// six months (see Storage/PostgreSql/0002_audit_log.sql).
/// </summary>
public sealed class PostgresAuditLog(PostgresDatabase database) : IAuditLog
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await InsertAsync(connection, transaction, entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> RecordOnceAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var identity = new
        {
            party = entry.Party, client = entry.Client, action = entry.Action, vacancyId = entry.VacancyId, at = entry.At.ToUniversalTime(),
            refs = entry.CandidateRefs.Distinct(StringComparer.Ordinal).ToArray(),
        };
        // Whoever records the same entry at the same time waits here until this transaction ends, then finds it.
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtext('audit-once'), hashtext(@party || '|' || @client || '|' || @action || '|' || coalesce(@vacancyId::text, '')))",
            identity, transaction, cancellationToken: cancellationToken));
        var recorded = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
            SELECT EXISTS (SELECT 1 FROM audit_events e WHERE e.party = @party AND e.client = @client AND e.action = @action
              AND e.vacancy_id IS NOT DISTINCT FROM @vacancyId::text
              AND e.at BETWEEN @at - interval '1 millisecond' AND @at + interval '1 millisecond'
              AND NOT EXISTS (SELECT unnest(@refs) EXCEPT SELECT c.candidate_ref FROM audit_candidates c WHERE c.event_id = e.id))
            """, identity, transaction, cancellationToken: cancellationToken));
        if (recorded) return false;
        await InsertAsync(connection, transaction, entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditEntry entry,
        CancellationToken cancellationToken)
    {
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            INSERT INTO audit_events (at, client, party, action, vacancy_id, ranker_version)
            VALUES (@at, @client, @party, @action, @vacancyId, @rankerVersion) RETURNING id
            """, new { at = entry.At.ToUniversalTime(), client = entry.Client, party = entry.Party, action = entry.Action,
                vacancyId = entry.VacancyId, rankerVersion = entry.RankerVersion }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit_candidates (event_id, candidate_ref) SELECT @id, unnest(@refs)",
            new { id, refs = entry.CandidateRefs.Distinct(StringComparer.Ordinal).ToArray() }, transaction, cancellationToken: cancellationToken));
    }

    public async Task<bool> WasShownAsync(IReadOnlyCollection<string> parties, string vacancyId, string candidateRef, CancellationToken cancellationToken)
    {
        if (parties.Count == 0) return false;
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
            SELECT EXISTS (SELECT 1 FROM audit_events e JOIN audit_candidates c ON c.event_id = e.id
            WHERE c.candidate_ref = @candidateRef AND e.party = ANY(@parties)
              AND ((e.action = ANY(@shownForVacancy) AND e.vacancy_id = @vacancyId) OR e.action = ANY(@shownWithEveryVacancy)))
            """, new { candidateRef, parties = parties.ToArray(), vacancyId, shownForVacancy = ShownActions.ForVacancy, shownWithEveryVacancy = ShownActions.WithEveryVacancy },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AuditEntry>> ForCandidateAsync(string candidateRef, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var rows = await connection.QueryAsync<(DateTime At, string Client, string Party, string Action, string? VacancyId, string? RankerVersion)>(
            new CommandDefinition("""
                SELECT e.at, e.client, e.party, e.action, e.vacancy_id, e.ranker_version
                FROM audit_events e JOIN audit_candidates c ON c.event_id = e.id
                WHERE c.candidate_ref = @candidateRef ORDER BY e.id
                """, new { candidateRef }, cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEntry(new DateTimeOffset(r.At, TimeSpan.Zero), r.Client, r.Party, r.Action, r.VacancyId, r.RankerVersion, [candidateRef]))
            .ToList();
    }

    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        AuditRetention.EnsureAllowed(cutoff);
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = new { cutoff = cutoff.ToUniversalTime() };
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM audit_candidates WHERE event_id IN (SELECT id FROM audit_events WHERE at < @cutoff)", before, transaction,
            cancellationToken: cancellationToken));
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM audit_events WHERE at < @cutoff", before, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }
}
