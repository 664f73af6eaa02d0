using System.Text.Json;
using Dapper;
using Matching.Domain;
using Matching.ServiceDefaults.Storage;

namespace Matching.Weekdate;

/// <summary>
/// The weekdate's memory in the shared PostgreSQL database. Recording one party's week takes a transaction-scoped
/// advisory lock on (party, week), so two replicas generating the same week update its rows in turn, never
/// interleaved. Regenerating a week replaces its snapshots of the candidates recorded and keeps the rest; proposals
/// accumulate (see <see cref="IWeekdateLedger"/>).
/// </summary>
public sealed class PostgresWeekdateLedger(PostgresDatabase database) : IWeekdateLedger
{
    public async Task<IReadOnlyDictionary<string, CandidateSnapshot>> SnapshotsBeforeAsync(string party, IsoWeek week, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var rows = await connection.QueryAsync<(string CandidateRef, string Snapshot)>(new CommandDefinition("""
            SELECT DISTINCT ON (candidate_ref) candidate_ref, snapshot::text FROM weekdate_snapshots
            WHERE party = @party AND iso_week < @week ORDER BY candidate_ref, iso_week DESC
            """, new { party, week = week.ToString() }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.CandidateRef, r => JsonSerializer.Deserialize<CandidateSnapshot>(r.Snapshot, DomainJson.Options)!, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<(string VacancyId, string CandidateRef, IsoWeek Week)>> ProposalsBeforeAsync(
        string party, IsoWeek week, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var rows = await connection.QueryAsync<(string VacancyId, string CandidateRef, string Week)>(new CommandDefinition("""
            SELECT vacancy_id, candidate_ref, MIN(iso_week) FROM weekdate_proposals
            WHERE party = @party AND iso_week < @week GROUP BY vacancy_id, candidate_ref
            ORDER BY MIN(iso_week), vacancy_id COLLATE "C", candidate_ref COLLATE "C"
            """, new { party, week = week.ToString() }, cancellationToken: cancellationToken));
        return rows.Select(r => (r.VacancyId, r.CandidateRef, IsoWeek.Parse(r.Week))).ToList();
    }

    public async Task RecordAsync(WeekdateGeneration generation, WeekdateRenderings renderings, IReadOnlyDictionary<string, CandidateSnapshot> snapshots,
        IEnumerable<(string VacancyId, string CandidateRef)> proposals, CancellationToken cancellationToken)
    {
        var key = new { party = generation.Party, week = generation.Week.ToString() };
        var proposed = proposals.Distinct().ToList();
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "SELECT pg_advisory_xact_lock(hashtext('weekdate'), hashtext(@party || '/' || @week))", key, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO weekdate_snapshots (party, iso_week, candidate_ref, snapshot)
            SELECT @party, @week, s.candidate_ref, s.snapshot::jsonb FROM unnest(@refs, @snapshots) AS s(candidate_ref, snapshot)
            ON CONFLICT (party, iso_week, candidate_ref) DO UPDATE SET snapshot = excluded.snapshot
            """, new
            {
                key.party, key.week,
                refs = snapshots.Keys.ToArray(),
                snapshots = snapshots.Values.Select(s => JsonSerializer.Serialize(s, DomainJson.Options)).ToArray(),
            }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO weekdate_proposals (party, iso_week, vacancy_id, candidate_ref)
            SELECT @party, @week, p.vacancy_id, p.candidate_ref FROM unnest(@vacancies, @refs) AS p(vacancy_id, candidate_ref)
            ON CONFLICT DO NOTHING
            """, new { key.party, key.week, vacancies = proposed.Select(p => p.VacancyId).ToArray(), refs = proposed.Select(p => p.CandidateRef).ToArray() },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO weekdate_generations (reference, party, iso_week, generated_at, generated_by, ranker_version, summary)
            VALUES (@Reference, @party, @week, @GeneratedAt, @GeneratedBy, @RankerVersion, @Summary::jsonb)
            """, new
            {
                generation.Reference, key.party, key.week, GeneratedAt = generation.GeneratedAt.ToUniversalTime(), generation.GeneratedBy,
                generation.RankerVersion, Summary = JsonSerializer.Serialize(generation.Summary, DomainJson.Options),
            }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO weekdate_renderings (party, iso_week, reference, html, csv) VALUES (@party, @week, @Reference, @Html, @Csv)
            ON CONFLICT (party, iso_week) DO UPDATE SET reference = excluded.reference, html = excluded.html, csv = excluded.csv
            """, new { key.party, key.week, generation.Reference, renderings.Html, renderings.Csv }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> PurgeRenderingsBeforeAsync(IsoWeek week, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM weekdate_renderings WHERE iso_week < @week",
            new { week = week.ToString() }, cancellationToken: cancellationToken));
    }

    public async Task<string?> RenderingAsync(string reference, WeekdateFileFormat format, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            $"SELECT {IWeekdateLedger.RenderingColumn(format)} FROM weekdate_renderings WHERE reference = @reference",
            new { reference }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlySet<string>> SeenUpToAsync(string party, IsoWeek week, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var refs = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT candidate_ref FROM weekdate_snapshots WHERE party = @party AND iso_week <= @week",
            new { party, week = week.ToString() }, cancellationToken: cancellationToken));
        return refs.ToHashSet(StringComparer.Ordinal);
    }

    public Task<IReadOnlyList<WeekdateGeneration>> GenerationsAsync(string party, CancellationToken cancellationToken) =>
        QueryGenerationsAsync("WHERE party = @party ORDER BY id", new { party }, cancellationToken);

    public async Task<WeekdateGeneration?> GenerationAsync(string reference, CancellationToken cancellationToken) =>
        (await QueryGenerationsAsync("WHERE reference = @reference ORDER BY id DESC LIMIT 1", new { reference }, cancellationToken)).SingleOrDefault();

    public async Task<WeekdateGeneration?> LatestGenerationAsync(string party, IsoWeek week, CancellationToken cancellationToken) =>
        (await QueryGenerationsAsync("WHERE party = @party AND iso_week = @week ORDER BY id DESC LIMIT 1", new { party, week = week.ToString() }, cancellationToken))
            .SingleOrDefault();

    private async Task<IReadOnlyList<WeekdateGeneration>> QueryGenerationsAsync(string where, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var rows = await connection.QueryAsync<(string Reference, string Party, string Week, DateTime GeneratedAt, string GeneratedBy, string RankerVersion, string Summary)>(
            new CommandDefinition("SELECT reference, party, iso_week, generated_at, generated_by, ranker_version, summary::text FROM weekdate_generations " + where,
                parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new WeekdateGeneration(r.Reference, r.Party, IsoWeek.Parse(r.Week), new DateTimeOffset(r.GeneratedAt, TimeSpan.Zero),
            r.GeneratedBy, r.RankerVersion, JsonSerializer.Deserialize<WeekdateSummary>(r.Summary, DomainJson.Options)!)).ToList();
    }

    public async Task<bool> ClaimScheduledRunAsync(string party, IsoWeek week, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO weekdate_scheduled_runs (party, iso_week, claimed_at) VALUES (@party, @week, @now)
            ON CONFLICT (party, iso_week) DO UPDATE SET claimed_at = excluded.claimed_at
            WHERE NOT weekdate_scheduled_runs.completed AND weekdate_scheduled_runs.claimed_at < @expired
            """, new { party, week = week.ToString(), now = now.ToUniversalTime(), expired = (now - IWeekdateLedger.ScheduledRunLease).ToUniversalTime() },
            cancellationToken: cancellationToken)) == 1;
    }

    public async Task CompleteScheduledRunAsync(string party, IsoWeek week, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE weekdate_scheduled_runs SET completed = true WHERE party = @party AND iso_week = @week",
            new { party, week = week.ToString() }, cancellationToken: cancellationToken));
    }
}
