using System.Text.Json;
using Dapper;
using Matching.Domain;
using Matching.Domain.Scoring;
using Matching.ServiceDefaults.Storage;

namespace Matching.Learning.Logging;

/// <summary>The ranking log in the shared PostgreSQL database: every replica's rankings in one place.</summary>
public sealed class PostgresImpressionLog(PostgresDatabase database) : IImpressionLog
{
    /// <summary>Keeps the latest impression per pair: the list a netwerker acts on is the one they saw last.</summary>
    public async Task RecordAsync(string vacancyId, IReadOnlyList<string> rankedPool, IReadOnlyList<ScoredCandidate> shown, string rankerVersion,
        DateTimeOffset rankedAt, CancellationToken cancellationToken)
    {
        var at = rankedAt.ToUniversalTime();
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO rankings (vacancy_id, ranker_version, ranked_at, shown, pool) VALUES (@vacancyId, @rankerVersion, @at, @shown, @pool::jsonb)",
            new { vacancyId, rankerVersion, at, shown = shown.Count, pool = JsonSerializer.Serialize(rankedPool) }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO impressions (vacancy_id, candidate_ref, rank, ranker_version, ranked_at, features)
            SELECT @vacancyId, s.candidate_ref, s.rank, @rankerVersion, @at, s.features::jsonb
            FROM unnest(@refs, @ranks, @features) AS s(candidate_ref, rank, features)
            ON CONFLICT (vacancy_id, candidate_ref) DO UPDATE SET rank = excluded.rank, ranker_version = excluded.ranker_version,
                ranked_at = excluded.ranked_at, features = excluded.features
            """, new
            {
                vacancyId, rankerVersion, at,
                refs = shown.Select(s => s.Candidate.Reference).ToArray(),
                ranks = Enumerable.Range(1, shown.Count).ToArray(),
                features = shown.Select(s => JsonSerializer.Serialize(s.Features, DomainJson.Options)).ToArray(),
            }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Impression>> ImpressionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var rows = await connection.QueryAsync<(string VacancyId, string CandidateRef, int Rank, string RankerVersion, DateTime RankedAt, string Features)>(
            new CommandDefinition(
                "SELECT vacancy_id, candidate_ref, rank, ranker_version, ranked_at, features::text FROM impressions ORDER BY vacancy_id, rank",
                cancellationToken: cancellationToken));
        return rows.Select(r => new Impression(r.VacancyId, r.CandidateRef, r.Rank, r.RankerVersion, new DateTimeOffset(r.RankedAt, TimeSpan.Zero),
            JsonSerializer.Deserialize<MatchFeatures>(r.Features, DomainJson.Options)!)).ToList();
    }

    public async Task<IReadOnlyList<LoggedRanking>> RankingsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var rows = await connection.QueryAsync<(string VacancyId, string RankerVersion, DateTime RankedAt, int Shown, string Pool)>(new CommandDefinition(
            "SELECT vacancy_id, ranker_version, ranked_at, shown, pool::text FROM rankings ORDER BY id", cancellationToken: cancellationToken));
        return rows.Select(r => new LoggedRanking(r.VacancyId, r.RankerVersion, new DateTimeOffset(r.RankedAt, TimeSpan.Zero), r.Shown,
            JsonSerializer.Deserialize<List<string>>(r.Pool)!)).ToList();
    }

    public async Task<(IReadOnlyList<LoggedRanking> Rankings, long Total)> RecentRankingsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var rows = await connection.QueryAsync<(string VacancyId, string RankerVersion, DateTime RankedAt, int Shown, string Pool)>(new CommandDefinition(
            "SELECT vacancy_id, ranker_version, ranked_at, shown, pool::text FROM " +
            "(SELECT id, vacancy_id, ranker_version, ranked_at, shown, pool FROM rankings ORDER BY id DESC LIMIT @limit) AS recent ORDER BY id",
            new { limit }, cancellationToken: cancellationToken));
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM rankings", cancellationToken: cancellationToken));
        return (rows.Select(r => new LoggedRanking(r.VacancyId, r.RankerVersion, new DateTimeOffset(r.RankedAt, TimeSpan.Zero), r.Shown,
            JsonSerializer.Deserialize<List<string>>(r.Pool)!)).ToList(), total);
    }

    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = new { cutoff = cutoff.ToUniversalTime() };
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM impressions WHERE ranked_at < @cutoff", before, transaction, cancellationToken: cancellationToken));
        var removed = await connection.ExecuteAsync(new CommandDefinition("DELETE FROM rankings WHERE ranked_at < @cutoff", before, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }
}
