using Matching.ServiceDefaults;
using Matching.Ranking.Ledger;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Matching.Ranking.Audit;

/// <summary>
/// Append-only record of every ranking, list and outcome that showed candidate references (AVG: log who saw what;
/// EU AI Act: log automated ranking). Stored beside the ledger; rows are only ever inserted. A citizen's question
/// "who saw my profile?" is <see cref="ForCandidateAsync"/>.
/// </summary>
public sealed class AuditLog
{
    private readonly SqliteDatabase _db;

    public AuditLog(IOptions<LedgerOptions> options)
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
            CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
            """);
    }

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var transaction = connection.BeginTransaction();
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
        await transaction.CommitAsync(cancellationToken);
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
