using Matching.ServiceDefaults;
using System.Text.Json;
using Matching.Domain;
using Matching.Domain.Scoring;
using Matching.Ranking;
using Microsoft.Extensions.Options;

namespace Matching.Learning.Logging;

/// <summary>
/// The ranking log in rankings.db (SQLite), for a single replica. It is learning data, not a record anyone relies on:
/// a commit survives a killed process but is not synced to disk on its own (the audit log records every list shown).
/// </summary>
public sealed class SqliteImpressionLog : IImpressionLog
{
    private readonly SqliteDatabase _db;

    public SqliteImpressionLog(IOptions<LearningOptions> options) : this(Path.Combine(options.Value.DataDirectory, "rankings.db")) { }

    public SqliteImpressionLog(string path) => _db = new SqliteDatabase(path, """
        CREATE TABLE IF NOT EXISTS rankings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            vacancy_id TEXT NOT NULL,
            ranker_version TEXT NOT NULL,
            ranked_at TEXT NOT NULL,
            shown INTEGER NOT NULL,
            pool TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS impressions (
            vacancy_id TEXT NOT NULL,
            candidate_ref TEXT NOT NULL,
            rank INTEGER NOT NULL,
            ranker_version TEXT NOT NULL,
            ranked_at TEXT NOT NULL,
            features TEXT NOT NULL,
            PRIMARY KEY (vacancy_id, candidate_ref));
        """, survivesPowerLoss: false);

    /// <summary>Keeps the latest impression per pair: the list a netwerker acts on is the one they saw last.</summary>
    /// <param name="rankedPool">References of the whole eligible pool, in ranked order.</param>
    /// <param name="shown">The top of that pool as shown, with the features the ranker saw.</param>
    public async Task RecordAsync(string vacancyId, IReadOnlyList<string> rankedPool, IReadOnlyList<ScoredCandidate> shown, string rankerVersion, DateTimeOffset rankedAt, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var transaction = connection.BeginTransaction();
        var at = rankedAt.ToString("O");
        await using (var ranking = SqliteDatabase.Command(connection,
            "INSERT INTO rankings (vacancy_id, ranker_version, ranked_at, shown, pool) VALUES ($v, $r, $at, $shown, $pool)",
            ("$v", vacancyId), ("$r", rankerVersion), ("$at", at), ("$shown", shown.Count),
            ("$pool", JsonSerializer.Serialize(rankedPool))))
            await ranking.ExecuteNonQueryAsync(cancellationToken);
        for (var i = 0; i < shown.Count; i++)
        {
            await using var impression = SqliteDatabase.Command(connection, """
                INSERT INTO impressions (vacancy_id, candidate_ref, rank, ranker_version, ranked_at, features)
                VALUES ($v, $c, $rank, $r, $at, $f)
                ON CONFLICT DO UPDATE SET rank = excluded.rank, ranker_version = excluded.ranker_version,
                    ranked_at = excluded.ranked_at, features = excluded.features
                """, ("$v", vacancyId), ("$c", shown[i].Candidate.Reference), ("$rank", i + 1), ("$r", rankerVersion),
                ("$at", at), ("$f", JsonSerializer.Serialize(shown[i].Features, DomainJson.Options)));
            await impression.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> PurgeBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var transaction = connection.BeginTransaction();
        var before = ("$cutoff", (object?)cutoff.ToUniversalTime().ToString("O"));
        await using (var impressions = SqliteDatabase.Command(connection, "DELETE FROM impressions WHERE julianday(ranked_at) < julianday($cutoff)", before))
            await impressions.ExecuteNonQueryAsync(cancellationToken);
        await using var rankings = SqliteDatabase.Command(connection, "DELETE FROM rankings WHERE julianday(ranked_at) < julianday($cutoff)", before);
        var removed = await rankings.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    public async Task<IReadOnlyList<Impression>> ImpressionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection,
            "SELECT vacancy_id, candidate_ref, rank, ranker_version, ranked_at, features FROM impressions ORDER BY vacancy_id, rank");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<Impression>();
        while (await reader.ReadAsync(cancellationToken))
            result.Add(new Impression(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture),
                JsonSerializer.Deserialize<MatchFeatures>(reader.GetString(5), DomainJson.Options)!));
        return result;
    }

    public Task<IReadOnlyList<LoggedRanking>> RankingsAsync(CancellationToken cancellationToken) =>
        ReadRankingsAsync("SELECT vacancy_id, ranker_version, ranked_at, shown, pool FROM rankings ORDER BY id", cancellationToken);

    /// <summary>The latest <paramref name="limit"/> rankings (oldest of them first) and how many are logged in all.</summary>
    public async Task<(IReadOnlyList<LoggedRanking> Rankings, long Total)> RecentRankingsAsync(int limit, CancellationToken cancellationToken)
    {
        var rankings = await ReadRankingsAsync("SELECT vacancy_id, ranker_version, ranked_at, shown, pool FROM " +
            "(SELECT id, vacancy_id, ranker_version, ranked_at, shown, pool FROM rankings ORDER BY id DESC LIMIT $limit) ORDER BY id",
            cancellationToken, ("$limit", limit));
        await using var connection = _db.Open();
        await using var count = SqliteDatabase.Command(connection, "SELECT COUNT(*) FROM rankings");
        return (rankings, Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken)));
    }

    private async Task<IReadOnlyList<LoggedRanking>> ReadRankingsAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<LoggedRanking>();
        while (await reader.ReadAsync(cancellationToken))
            result.Add(new LoggedRanking(reader.GetString(0), reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture), reader.GetInt32(3),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(4))!));
        return result;
    }
}
