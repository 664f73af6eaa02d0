using System.Text.Json;
using Dapper;
using Matching.Contracts;
using Matching.Domain;
using Matching.ServiceDefaults.Storage;

namespace Matching.Ranking.Ledger;

/// <summary>
/// The match ledger in the shared PostgreSQL database: every replica sees the same lists and pairs, and the primary
/// keys on the event's source key and on (vacancy, candidate) decide which replica's result stands.
/// </summary>
public sealed class PostgresMatchLedger(PostgresDatabase database) : IMatchLedger
{
    public async Task<CandidatesMatched?> FindMatchListAsync(string sourceKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var json = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT payload::text FROM match_lists WHERE source_key = @sourceKey", new { sourceKey }, cancellationToken: cancellationToken));
        return json is null ? null : JsonSerializer.Deserialize<CandidatesMatched>(json, DomainJson.Options);
    }

    public async Task<(CandidatesMatched Stored, bool Saved)> SaveMatchListAsync(string sourceKey, CandidatesMatched list, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO match_lists (source_key, vacancy_id, created_at, payload) VALUES (@sourceKey, @vacancyId, @at, @payload::jsonb)
            ON CONFLICT (source_key) DO NOTHING
            """, new { sourceKey, vacancyId = list.VacancyId, at = list.MatchedAt.ToUniversalTime(), payload = JsonSerializer.Serialize(list, DomainJson.Options) },
            transaction, cancellationToken: cancellationToken));
        if (inserted == 0)
        {
            var json = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT payload::text FROM match_lists WHERE source_key = @sourceKey", new { sourceKey }, transaction, cancellationToken: cancellationToken));
            await transaction.RollbackAsync(cancellationToken);
            return (JsonSerializer.Deserialize<CandidatesMatched>(json!, DomainJson.Options)!, false);
        }
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO announced_pairs (vacancy_id, candidate_ref, announced) SELECT @vacancyId, unnest(@refs), true
            ON CONFLICT (vacancy_id, candidate_ref) DO UPDATE SET announced = true
            """, new { vacancyId = list.VacancyId, refs = list.Candidates.Select(c => c.CandidateRef).Distinct().ToArray() },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return (list, true);
    }

    public async Task<int> CountMatchListsAsync(string vacancyId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*)::int FROM match_lists WHERE vacancy_id = @vacancyId", new { vacancyId }, cancellationToken: cancellationToken));
    }

    public async Task<CandidateNewlyMatched?> ClaimPairAsync(CandidateNewlyMatched announcement, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO announced_pairs (vacancy_id, candidate_ref, announced, payload) VALUES (@vacancyId, @candidateRef, false, @payload::jsonb)
            ON CONFLICT (vacancy_id, candidate_ref) DO NOTHING
            """, new { vacancyId = announcement.VacancyId, candidateRef = announcement.CandidateRef, payload = JsonSerializer.Serialize(announcement, DomainJson.Options) },
            cancellationToken: cancellationToken));
        if (inserted == 1) return announcement;
        var pending = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT payload::text FROM announced_pairs WHERE vacancy_id = @vacancyId AND candidate_ref = @candidateRef AND NOT announced",
            new { vacancyId = announcement.VacancyId, candidateRef = announcement.CandidateRef }, cancellationToken: cancellationToken));
        return pending is null ? null : JsonSerializer.Deserialize<CandidateNewlyMatched>(pending, DomainJson.Options);
    }

    public async Task MarkAnnouncedAsync(string vacancyId, string candidateRef, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE announced_pairs SET announced = true WHERE vacancy_id = @vacancyId AND candidate_ref = @candidateRef",
            new { vacancyId, candidateRef }, cancellationToken: cancellationToken));
    }
}
