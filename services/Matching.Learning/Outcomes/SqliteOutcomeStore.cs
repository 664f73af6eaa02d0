using Matching.ServiceDefaults;
using System.Text.Json;
using Matching.Domain;
using Matching.Domain.Outcomes;
using Matching.Domain.Scoring;
using Microsoft.Extensions.Options;

namespace Matching.Learning.Outcomes;

/// <summary>Outcomes in outcomes.db (SQLite, synchronous writes); triggers refuse updates and deletes.</summary>
public sealed class SqliteOutcomeStore : IOutcomeStore
{
    private readonly SqliteDatabase _db;
    private readonly Lazy<EmployerHistoryIndex> _history;

    public SqliteOutcomeStore(IOptions<LearningOptions> options) : this(Path.Combine(options.Value.DataDirectory, "outcomes.db")) { }

    public SqliteOutcomeStore(string path)
    {
        _db = new SqliteDatabase(path, """
            CREATE TABLE IF NOT EXISTS party_outcomes (
                recorded_by TEXT NOT NULL,
                outcome_id TEXT NOT NULL,
                vacancy_id TEXT NOT NULL,
                candidate_ref TEXT NOT NULL,
                employer TEXT NOT NULL,
                kind TEXT NOT NULL,
                occurred_at TEXT NOT NULL,
                payload TEXT NOT NULL,
                PRIMARY KEY (recorded_by, outcome_id));
            CREATE INDEX IF NOT EXISTS party_outcomes_pair ON party_outcomes (vacancy_id, candidate_ref);
            CREATE TRIGGER IF NOT EXISTS party_outcomes_no_update BEFORE UPDATE ON party_outcomes BEGIN SELECT RAISE(ABORT, 'outcomes are append-only'); END;
            CREATE TRIGGER IF NOT EXISTS party_outcomes_no_delete BEFORE DELETE ON party_outcomes BEGIN SELECT RAISE(ABORT, 'outcomes are append-only'); END;
            """);
        AdoptGlobalIds();
        _history = new(LoadHistory);
    }

    /// <summary>
    /// Outcome ids were global before they were scoped per party (table "outcomes"): their rows are copied once into
    /// the scoped table under the party that recorded them; the old table is left as it was (append-only).
    /// </summary>
    private void AdoptGlobalIds()
    {
        using var connection = _db.Open();
        using var exists = SqliteDatabase.Command(connection, "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outcomes')");
        if (Convert.ToInt64(exists.ExecuteScalar()) == 0) return;
        using var copy = SqliteDatabase.Command(connection, """
            INSERT OR IGNORE INTO party_outcomes (recorded_by, outcome_id, vacancy_id, candidate_ref, employer, kind, occurred_at, payload)
            SELECT json_extract(payload, '$.recordedBy'), outcome_id, vacancy_id, candidate_ref, employer, kind, occurred_at, payload FROM outcomes
            """);
        copy.ExecuteNonQuery();
    }

    /// <summary>
    /// Stores the outcome unless its id is known for the recording party (ids are scoped per party: one party's id
    /// never collides with another's); returns what is stored under the id and whether it was there before.
    /// </summary>
    public async Task<(MatchOutcome Stored, bool AlreadyRecorded)> AppendAsync(MatchOutcome outcome, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var insert = SqliteDatabase.Command(connection, """
            INSERT OR IGNORE INTO party_outcomes (recorded_by, outcome_id, vacancy_id, candidate_ref, employer, kind, occurred_at, payload)
            VALUES ($by, $id, $v, $c, $e, $k, $at, $p)
            """, ("$by", outcome.RecordedBy), ("$id", outcome.OutcomeId), ("$v", outcome.VacancyId), ("$c", outcome.CandidateRef), ("$e", outcome.Employer),
            ("$k", outcome.Kind.ToString()), ("$at", outcome.OccurredAt.ToString("O")),
            ("$p", JsonSerializer.Serialize(outcome, DomainJson.Options)));
        if (await insert.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            if (_history.IsValueCreated) _history.Value.Add(outcome);
            return (outcome, false);
        }
        return (await FindAsync(outcome.RecordedBy, outcome.OutcomeId, cancellationToken) ?? outcome, true);
    }

    /// <summary>The outcome <paramref name="recordedBy"/> recorded under <paramref name="outcomeId"/>; another party's is not found.</summary>
    public async Task<MatchOutcome?> FindAsync(string recordedBy, string outcomeId, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection, "SELECT payload FROM party_outcomes WHERE recorded_by = $by AND outcome_id = $id",
            ("$by", recordedBy), ("$id", outcomeId));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? JsonSerializer.Deserialize<MatchOutcome>(json, DomainJson.Options) : null;
    }

    public async Task<bool> HasOutcomeAsync(string vacancyId, string candidateRef, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection,
            "SELECT EXISTS (SELECT 1 FROM party_outcomes WHERE vacancy_id = $v AND candidate_ref = $c)", ("$v", vacancyId), ("$c", candidateRef));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<MatchOutcome>> AllAsync(CancellationToken cancellationToken) => await ReadAllAsync(cancellationToken);

    /// <summary>The outcomes recorded for these vacancies (a fairness window), in the order <see cref="AllAsync"/> gives.</summary>
    public async Task<IReadOnlyList<MatchOutcome>> ForVacanciesAsync(IReadOnlyCollection<string> vacancyIds, CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection, "SELECT payload FROM party_outcomes WHERE vacancy_id IN (SELECT value FROM json_each($ids)) " +
            "ORDER BY occurred_at, recorded_by, outcome_id", ("$ids", JsonSerializer.Serialize(vacancyIds)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<MatchOutcome>();
        while (await reader.ReadAsync(cancellationToken)) result.Add(JsonSerializer.Deserialize<MatchOutcome>(reader.GetString(0), DomainJson.Options)!);
        return result;
    }

    /// <summary>Earlier outcomes of this candidate with this employer (any vacancy).</summary>
    public EmployerHistory HistoryOf(string candidateRef, string employer) => _history.Value.Of(candidateRef, employer);

    private async Task<List<MatchOutcome>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = _db.Open();
        await using var command = SqliteDatabase.Command(connection, "SELECT payload FROM party_outcomes ORDER BY occurred_at, recorded_by, outcome_id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var result = new List<MatchOutcome>();
        while (await reader.ReadAsync(cancellationToken)) result.Add(JsonSerializer.Deserialize<MatchOutcome>(reader.GetString(0), DomainJson.Options)!);
        return result;
    }

    private EmployerHistoryIndex LoadHistory() => EmployerHistoryIndex.From(ReadAllAsync(CancellationToken.None).GetAwaiter().GetResult());
}
