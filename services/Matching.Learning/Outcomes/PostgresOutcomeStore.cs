using System.Text.Json;
using Dapper;
using Matching.Domain;
using Matching.Domain.Outcomes;
using Matching.Domain.Scoring;
using Matching.ServiceDefaults.Storage;

namespace Matching.Learning.Outcomes;

/// <summary>
/// Outcomes in the shared PostgreSQL database (append-only by trigger). The employer history is held in memory and
/// reloaded in the background when older than <see cref="HistoryMaxAge"/>, so outcomes another replica recorded count
/// in rankings here within that time.
/// </summary>
public sealed class PostgresOutcomeStore(PostgresDatabase database, TimeProvider clock) : IOutcomeStore
{
    public static readonly TimeSpan HistoryMaxAge = TimeSpan.FromSeconds(60);

    private readonly Lock _reload = new();
    private (EmployerHistoryIndex Index, DateTimeOffset LoadedAt)? _history;
    private Task? _reloading;

    public async Task<(MatchOutcome Stored, bool AlreadyRecorded)> AppendAsync(MatchOutcome outcome, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO party_outcomes (recorded_by, outcome_id, vacancy_id, candidate_ref, employer, kind, occurred_at, payload)
            VALUES (@RecordedBy, @OutcomeId, @VacancyId, @CandidateRef, @Employer, @Kind, @OccurredAt, @Payload::jsonb)
            ON CONFLICT (recorded_by, outcome_id) DO NOTHING
            """, new { outcome.RecordedBy, outcome.OutcomeId, outcome.VacancyId, outcome.CandidateRef, outcome.Employer, Kind = outcome.Kind.ToString(),
                OccurredAt = outcome.OccurredAt.ToUniversalTime(), Payload = JsonSerializer.Serialize(outcome, DomainJson.Options) },
            cancellationToken: cancellationToken));
        if (inserted == 1)
        {
            _history?.Index.Add(outcome);
            return (outcome, false);
        }
        return (await FindAsync(outcome.RecordedBy, outcome.OutcomeId, cancellationToken) ?? outcome, true);
    }

    public async Task<MatchOutcome?> FindAsync(string recordedBy, string outcomeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var json = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT payload::text FROM party_outcomes WHERE recorded_by = @recordedBy AND outcome_id = @outcomeId",
            new { recordedBy, outcomeId }, cancellationToken: cancellationToken));
        return json is null ? null : JsonSerializer.Deserialize<MatchOutcome>(json, DomainJson.Options);
    }

    public async Task<bool> HasOutcomeAsync(string vacancyId, string candidateRef, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM party_outcomes WHERE vacancy_id = @vacancyId AND candidate_ref = @candidateRef)",
            new { vacancyId, candidateRef }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<MatchOutcome>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT payload::text FROM party_outcomes ORDER BY occurred_at, recorded_by, outcome_id", cancellationToken: cancellationToken));
        return rows.Select(json => JsonSerializer.Deserialize<MatchOutcome>(json, DomainJson.Options)!).ToList();
    }

    public async Task<IReadOnlyList<MatchOutcome>> ForVacanciesAsync(IReadOnlyCollection<string> vacancyIds, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(GetType(), cancellationToken);
        var rows = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT payload::text FROM party_outcomes WHERE vacancy_id = ANY(@ids) ORDER BY occurred_at, recorded_by, outcome_id",
            new { ids = vacancyIds.ToArray() }, cancellationToken: cancellationToken));
        return rows.Select(json => JsonSerializer.Deserialize<MatchOutcome>(json, DomainJson.Options)!).ToList();
    }

    public EmployerHistory HistoryOf(string candidateRef, string employer)
    {
        var history = _history;
        if (history is null)
        {
            // The first ranking waits for the history once; later ones use the loaded one while it is refreshed.
            lock (_reload) history = _history ??= (EmployerHistoryIndex.From(AllAsync(CancellationToken.None).GetAwaiter().GetResult()), clock.GetUtcNow());
        }
        else if (clock.GetUtcNow() - history.Value.LoadedAt > HistoryMaxAge)
        {
            lock (_reload) _reloading ??= Task.Run(ReloadAsync);
        }
        return history.Value.Index.Of(candidateRef, employer);
    }

    private async Task ReloadAsync()
    {
        try
        {
            var loadedAt = clock.GetUtcNow();
            _history = (EmployerHistoryIndex.From(await AllAsync(CancellationToken.None)), loadedAt);
        }
        catch (Exception)
        {
            // The database is away: keep ranking on the history loaded before; the next ranking tries again.
        }
        finally
        {
            lock (_reload) _reloading = null;
        }
    }
}
