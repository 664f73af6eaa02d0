using System.Text.Json;
using Matching.ServiceDefaults;
using Matching.Ranking.Ledger;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Matching.Ranking.Audit;

/// <summary>
/// The audit log in audit.db beside the SQLite ledger: rows of both tables are only ever inserted (triggers refuse
/// updates, and deletes of rows younger than six months, so only the retention purge removes anything).
/// </summary>
public sealed class SqliteAuditLog : IAuditLog
{
    private readonly SqliteDatabase _db;

    public SqliteAuditLog(IOptions<LedgerOptions> options)
    {
        _db = new SqliteDatabase(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Value.Path))!, "audit.db"), """
            CREATE TABLE IF NOT EXISTS audit_events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL, client TEXT NOT NULL, party TEXT NOT NULL, action TEXT NOT NULL,
                vacancy_id TEXT, ranker_version TEXT);
            CREATE TABLE IF NOT EXISTS audit_candidates (
                event_id INTEGER NOT NULL REFERENCES audit_events(id), candidate_ref TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS audit_candidates_by_ref ON audit_candidates (candidate_ref);
            CREATE TRIGGER IF NOT EXISTS audit_events_append_only BEFORE UPDATE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            DROP TRIGGER IF EXISTS audit_events_no_delete;
            CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                WHEN julianday(OLD.at) > julianday('now', '-6 months')
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            CREATE TRIGGER IF NOT EXISTS audit_candidates_append_only BEFORE UPDATE ON audit_candidates
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            DROP TRIGGER IF EXISTS audit_candidates_no_delete;
            CREATE TRIGGER audit_candidates_no_delete BEFORE DELETE ON audit_candidates
                WHEN (SELECT julianday(at) FROM audit_events WHERE id = OLD.event_id) > julianday('now', '-6 months')
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """);
    }

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var transaction = connection.BeginTransaction();
        await InsertAsync(connection, entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> RecordOnceAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        // BEGIN IMMEDIATE: one writer at a time, so whoever records the same entry at the same time finds this one.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var find = SqliteDatabase.Command(connection, """
            SELECT EXISTS (SELECT 1 FROM audit_events e WHERE e.party = $party AND e.client = $client AND e.action = $action
              AND e.vacancy_id IS $vacancy AND abs(julianday(e.at) - julianday($at)) * 86400 < 0.001
              AND NOT EXISTS (SELECT value FROM json_each($refs) EXCEPT SELECT c.candidate_ref FROM audit_candidates c WHERE c.event_id = e.id))
            """, ("$party", entry.Party), ("$client", entry.Client), ("$action", entry.Action), ("$vacancy", entry.VacancyId),
            ("$at", entry.At.ToUniversalTime().ToString("O")), ("$refs", JsonSerializer.Serialize(entry.CandidateRefs))))
        {
            if (Convert.ToInt64(await find.ExecuteScalarAsync(cancellationToken)) == 1) return false;
        }
        await InsertAsync(connection, entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task InsertAsync(SqliteConnection connection, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO audit_events (at, client, party, action, vacancy_id, ranker_version)
            VALUES ($at, $client, $party, $action, $vacancy, $ranker) RETURNING id
            """;
        insert.Parameters.AddWithValue("$at", entry.At.ToUniversalTime().ToString("O"));
        insert.Parameters.AddWithValue("$client", entry.Client);
        insert.Parameters.AddWithValue("$party", entry.Party);
        insert.Parameters.AddWithValue("$action", entry.Action);
        insert.Parameters.AddWithValue("$vacancy", (object?)entry.VacancyId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$ranker", (object?)entry.RankerVersion ?? DBNull.Value);
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken));
        foreach (var reference in entry.CandidateRefs.Distinct(StringComparer.Ordinal))
        {
            await using var shown = connection.CreateCommand();
            shown.CommandText = "INSERT INTO audit_candidates (event_id, candidate_ref) VALUES ($id, $ref)";
            shown.Parameters.AddWithValue("$id", id);
            shown.Parameters.AddWithValue("$ref", reference);
            await shown.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        AuditRetention.EnsureAllowed(cutoff);
        await using var connection = _db.Open();
        await using var transaction = connection.BeginTransaction();
        var before = ("$cutoff", (object?)cutoff.ToUniversalTime().ToString("O"));
        await using (var shown = SqliteDatabase.Command(connection,
            "DELETE FROM audit_candidates WHERE event_id IN (SELECT id FROM audit_events WHERE julianday(at) < julianday($cutoff))", before))
            await shown.ExecuteNonQueryAsync(cancellationToken);
        await using var events = SqliteDatabase.Command(connection, "DELETE FROM audit_events WHERE julianday(at) < julianday($cutoff)", before);
        var removed = await events.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    /// <summary>
    /// Whether <paramref name="candidateRef"/> was shown to one of <paramref name="parties"/> for <paramref name="vacancyId"/>
    /// (in a ranking or match list of that vacancy, over the API or on the workbench, or on a weekdate list or in a ranking
    /// of vacancies for the candidate, which pair the candidate with many vacancies).
    /// </summary>
    public async Task<bool> WasShownAsync(IReadOnlyCollection<string> parties, string vacancyId, string candidateRef, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = connection.CreateCommand();
        var partyParameters = parties.Select((p, i) => (Name: $"$p{i}", Party: p)).ToList();
        command.CommandText = $"""
            SELECT EXISTS (SELECT 1 FROM audit_events e JOIN audit_candidates c ON c.event_id = e.id
            WHERE c.candidate_ref = $ref AND e.party IN ({string.Join(", ", partyParameters.Select(p => p.Name))})
              AND ((e.action IN ({ShownActions.SqlList(ShownActions.ForVacancy)}) AND e.vacancy_id = $vacancy) OR e.action IN ({ShownActions.SqlList(ShownActions.WithEveryVacancy)})))
            """;
        command.Parameters.AddWithValue("$ref", candidateRef);
        command.Parameters.AddWithValue("$vacancy", vacancyId);
        foreach (var (name, party) in partyParameters) command.Parameters.AddWithValue(name, party);
        return partyParameters.Count > 0 && Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) == 1;
    }

    /// <summary>Every recorded access that showed <paramref name="candidateRef"/>, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ForCandidateAsync(string candidateRef, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT e.at, e.client, e.party, e.action, e.vacancy_id, e.ranker_version
            FROM audit_events e JOIN audit_candidates c ON c.event_id = e.id
            WHERE c.candidate_ref = $ref ORDER BY e.id
            """;
        command.Parameters.AddWithValue("$ref", candidateRef);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            entries.Add(new AuditEntry(DateTimeOffset.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), [candidateRef]));
        return entries;
    }
}
