using Matching.ServiceDefaults;
using System.Text.Json;
using Matching.Contracts;
using Matching.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Matching.Ranking.Ledger;

/// <summary>The match ledger in one SQLite file (Ledger:Path), for a single replica.</summary>
public sealed class SqliteMatchLedger : IMatchLedger
{
    private readonly SqliteDatabase _db;

    public SqliteMatchLedger(IOptions<LedgerOptions> options)
    {
        _db = new SqliteDatabase(Path.GetFullPath(options.Value.Path), """
            CREATE TABLE IF NOT EXISTS match_lists (
                source_key TEXT PRIMARY KEY,
                vacancy_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                payload TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS announced_pairs (
                vacancy_id TEXT NOT NULL,
                candidate_ref TEXT NOT NULL,
                announced INTEGER NOT NULL,
                payload TEXT,
                PRIMARY KEY (vacancy_id, candidate_ref));
            """);
    }

    public async Task<CandidatesMatched?> FindMatchListAsync(string sourceKey, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection, "SELECT payload FROM match_lists WHERE source_key = $key", ("$key", sourceKey));
        return await command.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize<CandidatesMatched>(json, DomainJson.Options)
            : null;
    }

    public async Task<(CandidatesMatched Stored, bool Saved)> SaveMatchListAsync(string sourceKey, CandidatesMatched list, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var transaction = connection.BeginTransaction();
        await using (var insert = SqliteDatabase.Command(connection, """
            INSERT OR IGNORE INTO match_lists (source_key, vacancy_id, created_at, payload) VALUES ($key, $vacancy, $at, $payload)
            """, ("$key", sourceKey), ("$vacancy", list.VacancyId), ("$at", list.MatchedAt.ToString("O")),
            ("$payload", JsonSerializer.Serialize(list, DomainJson.Options))))
        {
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return ((await FindMatchListAsync(sourceKey, cancellationToken))!, false);
            }
        }
        foreach (var candidate in list.Candidates)
        {
            await using var pair = SqliteDatabase.Command(connection, """
                INSERT INTO announced_pairs (vacancy_id, candidate_ref, announced) VALUES ($vacancy, $ref, 1)
                ON CONFLICT DO UPDATE SET announced = 1
                """, ("$vacancy", list.VacancyId), ("$ref", candidate.CandidateRef));
            await pair.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return (list, true);
    }

    public async Task<int> CountMatchListsAsync(string vacancyId, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection, "SELECT COUNT(*) FROM match_lists WHERE vacancy_id = $vacancy", ("$vacancy", vacancyId));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>
    /// Records a pair about to be announced. Returns the announcement to publish when the pair is new or an
    /// earlier attempt did not finish; null when it was announced before.
    /// </summary>
    public async Task<CandidateNewlyMatched?> ClaimPairAsync(CandidateNewlyMatched announcement, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var insert = SqliteDatabase.Command(connection, """
            INSERT OR IGNORE INTO announced_pairs (vacancy_id, candidate_ref, announced, payload) VALUES ($vacancy, $ref, 0, $payload)
            """, ("$vacancy", announcement.VacancyId), ("$ref", announcement.CandidateRef),
            ("$payload", JsonSerializer.Serialize(announcement, DomainJson.Options)));
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1) return announcement;
        await using var pending = SqliteDatabase.Command(connection,
            "SELECT payload FROM announced_pairs WHERE vacancy_id = $vacancy AND candidate_ref = $ref AND announced = 0",
            ("$vacancy", announcement.VacancyId), ("$ref", announcement.CandidateRef));
        return await pending.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize<CandidateNewlyMatched>(json, DomainJson.Options)
            : null;
    }

    public async Task MarkAnnouncedAsync(string vacancyId, string candidateRef, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection,
            "UPDATE announced_pairs SET announced = 1 WHERE vacancy_id = $vacancy AND candidate_ref = $ref",
            ("$vacancy", vacancyId), ("$ref", candidateRef));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
