using Matching.ServiceDefaults;
using System.Text.Json;
using Matching.Ranking.Ledger;
using Matching.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Matching.Weekdate;

/// <summary>
/// The weekdate's memory in the matching ledger's SQLite file, for a single replica: every generation (who, when, ranker), the
/// renderings of each party's week's latest one, the candidate snapshots each week's list saw (to tell what changed since), and the matches it proposed (to follow up).
/// Generating a week again never takes anything from a later week: a week's snapshot of a candidate is replaced only
/// by one the generator dates to that week (a profile unchanged since the week ended), so regenerating week N leaves
/// week N+1's "since the last weekdate" as it was; proposals only accumulate (a match shown at a meeting stays
/// proposed), so the same data gives the same rows again.
/// </summary>
public sealed class SqliteWeekdateLedger : IWeekdateLedger
{
    private readonly SqliteDatabase _db;

    public SqliteWeekdateLedger(IOptions<LedgerOptions> options)
    {
        _db = new SqliteDatabase(Path.GetFullPath(options.Value.Path), """
            CREATE TABLE IF NOT EXISTS weekdate_generations (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                reference TEXT NOT NULL,
                party TEXT NOT NULL,
                iso_week TEXT NOT NULL,
                generated_at TEXT NOT NULL,
                generated_by TEXT NOT NULL,
                ranker_version TEXT NOT NULL,
                summary TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS weekdate_snapshots (
                party TEXT NOT NULL,
                iso_week TEXT NOT NULL,
                candidate_ref TEXT NOT NULL,
                snapshot TEXT NOT NULL,
                PRIMARY KEY (party, iso_week, candidate_ref));
            CREATE TABLE IF NOT EXISTS weekdate_proposals (
                party TEXT NOT NULL,
                iso_week TEXT NOT NULL,
                vacancy_id TEXT NOT NULL,
                candidate_ref TEXT NOT NULL,
                PRIMARY KEY (party, iso_week, vacancy_id, candidate_ref));
            CREATE TABLE IF NOT EXISTS weekdate_renderings (
                party TEXT NOT NULL,
                iso_week TEXT NOT NULL,
                reference TEXT NOT NULL UNIQUE,
                html TEXT NOT NULL,
                csv TEXT NOT NULL,
                PRIMARY KEY (party, iso_week));
            CREATE TABLE IF NOT EXISTS weekdate_scheduled_runs (
                party TEXT NOT NULL,
                iso_week TEXT NOT NULL,
                claimed_at TEXT NOT NULL,
                completed INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (party, iso_week));
            """);
    }

    /// <summary>Per candidate, the snapshot of the latest earlier week that saw them.</summary>
    public async Task<IReadOnlyDictionary<string, CandidateSnapshot>> SnapshotsBeforeAsync(string party, IsoWeek week, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        // SQLite returns the bare columns of the row holding MAX(iso_week): the latest earlier snapshot per candidate.
        await using var command = SqliteDatabase.Command(connection, """
            SELECT candidate_ref, snapshot, MAX(iso_week) FROM weekdate_snapshots
            WHERE party = $party AND iso_week < $week GROUP BY candidate_ref
            """, ("$party", party), ("$week", week.ToString()));
        var snapshots = new Dictionary<string, CandidateSnapshot>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            snapshots[reader.GetString(0)] = JsonSerializer.Deserialize<CandidateSnapshot>(reader.GetString(1), DomainJson.Options)!;
        return snapshots;
    }

    /// <summary>Candidates a weekdate of <paramref name="party"/> saw in <paramref name="week"/> or earlier.</summary>
    public async Task<IReadOnlySet<string>> SeenUpToAsync(string party, IsoWeek week, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection,
            "SELECT DISTINCT candidate_ref FROM weekdate_snapshots WHERE party = $party AND iso_week <= $week",
            ("$party", party), ("$week", week.ToString()));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) seen.Add(reader.GetString(0));
        return seen;
    }

    /// <summary>Matches proposed at earlier weekdates of <paramref name="party"/>, each with the first week it was proposed.</summary>
    public async Task<IReadOnlyList<(string VacancyId, string CandidateRef, IsoWeek Week)>> ProposalsBeforeAsync(
        string party, IsoWeek week, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection, """
            SELECT vacancy_id, candidate_ref, MIN(iso_week) FROM weekdate_proposals
            WHERE party = $party AND iso_week < $week GROUP BY vacancy_id, candidate_ref
            ORDER BY MIN(iso_week), vacancy_id, candidate_ref
            """, ("$party", party), ("$week", week.ToString()));
        var proposals = new List<(string, string, IsoWeek)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            proposals.Add((reader.GetString(0), reader.GetString(1), IsoWeek.Parse(reader.GetString(2))));
        return proposals;
    }

    public async Task RecordAsync(WeekdateGeneration generation, WeekdateRenderings renderings, IReadOnlyDictionary<string, CandidateSnapshot> snapshots,
        IEnumerable<(string VacancyId, string CandidateRef)> proposals, CancellationToken cancellationToken)
    {
        var party = ("$party", (object)generation.Party);
        var week = ("$week", (object)generation.Week.ToString());
        await using var connection = _db.Open();
        await using var transaction = connection.BeginTransaction();
        await using (var insert = SqliteDatabase.Command(connection,
            "INSERT OR REPLACE INTO weekdate_snapshots (party, iso_week, candidate_ref, snapshot) VALUES ($party, $week, $ref, $snapshot)",
            party, week, ("$ref", ""), ("$snapshot", "")))
        {
            foreach (var (reference, snapshot) in snapshots)
            {
                insert.Parameters["$ref"].Value = reference;
                insert.Parameters["$snapshot"].Value = JsonSerializer.Serialize(snapshot, DomainJson.Options);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await using (var insert = SqliteDatabase.Command(connection,
            "INSERT OR IGNORE INTO weekdate_proposals (party, iso_week, vacancy_id, candidate_ref) VALUES ($party, $week, $vacancy, $ref)",
            party, week, ("$vacancy", ""), ("$ref", "")))
        {
            foreach (var (vacancyId, candidateRef) in proposals)
            {
                insert.Parameters["$vacancy"].Value = vacancyId;
                insert.Parameters["$ref"].Value = candidateRef;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await using (var record = SqliteDatabase.Command(connection, """
            INSERT INTO weekdate_generations (reference, party, iso_week, generated_at, generated_by, ranker_version, summary)
            VALUES ($reference, $party, $week, $at, $by, $ranker, $summary)
            """, ("$reference", generation.Reference), party, week, ("$at", generation.GeneratedAt.ToString("O")),
            ("$by", generation.GeneratedBy), ("$ranker", generation.RankerVersion),
            ("$summary", JsonSerializer.Serialize(generation.Summary, DomainJson.Options))))
            await record.ExecuteNonQueryAsync(cancellationToken);
        await using (var keep = SqliteDatabase.Command(connection,
            "INSERT OR REPLACE INTO weekdate_renderings (party, iso_week, reference, html, csv) VALUES ($party, $week, $reference, $html, $csv)",
            party, week, ("$reference", generation.Reference), ("$html", renderings.Html), ("$csv", renderings.Csv)))
            await keep.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> PurgeRenderingsBeforeAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var purge = SqliteDatabase.Command(connection, "DELETE FROM weekdate_renderings WHERE iso_week < $week", ("$week", week.ToString()));
        return await purge.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<string?> RenderingAsync(string reference, WeekdateFileFormat format, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection,
            $"SELECT {IWeekdateLedger.RenderingColumn(format)} FROM weekdate_renderings WHERE reference = $reference", ("$reference", reference));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public Task<IReadOnlyList<WeekdateGeneration>> GenerationsAsync(string party, CancellationToken cancellationToken) =>
        QueryGenerationsAsync("WHERE party = $party ORDER BY id", cancellationToken, ("$party", party));

    public async Task<WeekdateGeneration?> GenerationAsync(string reference, CancellationToken cancellationToken) =>
        (await QueryGenerationsAsync("WHERE reference = $reference ORDER BY id DESC LIMIT 1", cancellationToken, ("$reference", reference))).SingleOrDefault();

    public async Task<WeekdateGeneration?> LatestGenerationAsync(string party, IsoWeek week, CancellationToken cancellationToken) =>
        (await QueryGenerationsAsync("WHERE party = $party AND iso_week = $week ORDER BY id DESC LIMIT 1", cancellationToken,
            ("$party", party), ("$week", week.ToString()))).SingleOrDefault();

    private async Task<IReadOnlyList<WeekdateGeneration>> QueryGenerationsAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection,
            "SELECT reference, party, iso_week, generated_at, generated_by, ranker_version, summary FROM weekdate_generations " + where, parameters);
        var generations = new List<WeekdateGeneration>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            generations.Add(new WeekdateGeneration(reader.GetString(0), reader.GetString(1), IsoWeek.Parse(reader.GetString(2)),
                DateTimeOffset.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(4), reader.GetString(5),
                JsonSerializer.Deserialize<WeekdateSummary>(reader.GetString(6), DomainJson.Options)!));
        return generations;
    }

    public async Task<bool> ClaimScheduledRunAsync(string party, IsoWeek week, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var claim = SqliteDatabase.Command(connection, """
            INSERT INTO weekdate_scheduled_runs (party, iso_week, claimed_at) VALUES ($party, $week, $now)
            ON CONFLICT DO UPDATE SET claimed_at = excluded.claimed_at
            WHERE NOT completed AND julianday(claimed_at) < julianday($expired)
            """, ("$party", party), ("$week", week.ToString()), ("$now", now.ToUniversalTime().ToString("O")),
            ("$expired", (now - IWeekdateLedger.ScheduledRunLease).ToUniversalTime().ToString("O")));
        return await claim.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task CompleteScheduledRunAsync(string party, IsoWeek week, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var complete = SqliteDatabase.Command(connection,
            "UPDATE weekdate_scheduled_runs SET completed = 1 WHERE party = $party AND iso_week = $week", ("$party", party), ("$week", week.ToString()));
        await complete.ExecuteNonQueryAsync(cancellationToken);
    }
}
