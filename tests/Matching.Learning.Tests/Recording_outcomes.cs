using Matching.Learning.Outcomes;
using Matching.Domain.Outcomes;
using Microsoft.Data.Sqlite;

namespace Matching.Learning.Tests;

public sealed class Recording_outcomes : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "outcomes-" + Guid.NewGuid().ToString("N") + ".db");
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_path)!, Path.GetFileName(_path) + "*")) File.Delete(file);
    }

    [Fact]
    public void Validation_names_every_bad_field()
    {
        var (draft, errors) = OutcomeValidator.Validate(new OutcomeInput
        {
            OutcomeId = "a", CandidateRef = " DAL-1", Kind = "Hired", Placement = "Regular", ReasonCode = "te ver weg", OccurredAt = Now.AddDays(1),
        }, Now);
        Assert.Null(draft);
        Assert.Equal(["outcomeId", "vacancyId", "candidateRef", "kind", "placement", "reasonCode", "occurredAt"], errors.Select(e => e.Field).Distinct());
    }

    [Fact]
    public void A_placement_needs_its_kind_and_only_a_placement_has_one()
    {
        Assert.Contains(OutcomeValidator.Validate(new OutcomeInput { OutcomeId = "o-1", VacancyId = "VAC-1", CandidateRef = "DAL-1", Kind = "Placed" }, Now).Errors, e => e.Field == "placement");
        Assert.Contains(OutcomeValidator.Validate(new OutcomeInput { OutcomeId = "o-1", VacancyId = "VAC-1", CandidateRef = "DAL-1", Kind = "Shown", Placement = "Regular" }, Now).Errors, e => e.Field == "placement");
        var (draft, errors) = OutcomeValidator.Validate(new OutcomeInput { OutcomeId = "o-1", VacancyId = "VAC-1", CandidateRef = "DAL-1", Kind = "placed", Placement = "Werkervaringsplek" }, Now);
        Assert.Empty(errors);
        Assert.Equal(PlacementKind.Werkervaringsplek, draft!.Placement);
        Assert.Equal(Now, draft.OccurredAt);
    }

    [Fact]
    public async Task The_same_outcome_id_is_stored_once()
    {
        var store = new SqliteOutcomeStore(_path);
        var (_, first) = await store.AppendAsync(Builders.Outcome("o-1", OutcomeKind.Invited), default);
        var (stored, second) = await store.AppendAsync(Builders.Outcome("o-1", OutcomeKind.Placed), default);
        Assert.False(first);
        Assert.True(second);
        Assert.Equal(OutcomeKind.Invited, stored.Kind);
        Assert.Single(await store.AllAsync(default));
    }

    [Fact]
    public async Task Outcome_ids_are_scoped_per_party()
    {
        var store = new SqliteOutcomeStore(_path);
        var dalfsen = Builders.Outcome("o-1", OutcomeKind.Invited);
        var ommen = Builders.Outcome("o-1", OutcomeKind.Placed) with { RecordedBy = "GM0175" };
        Assert.False((await store.AppendAsync(dalfsen, default)).AlreadyRecorded);
        Assert.False((await store.AppendAsync(ommen, default)).AlreadyRecorded);
        Assert.Equal(OutcomeKind.Invited, (await store.FindAsync("GM0148", "o-1", default))!.Kind);
        Assert.Equal(OutcomeKind.Placed, (await store.FindAsync("GM0175", "o-1", default))!.Kind);
        Assert.Null(await store.FindAsync("GM0193", "o-1", default));
    }

    [Fact]
    public async Task Outcomes_recorded_under_global_ids_are_kept_under_the_party_that_recorded_them()
    {
        await using (var connection = new SqliteConnection($"Data Source={_path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE outcomes (outcome_id TEXT PRIMARY KEY, vacancy_id TEXT NOT NULL, candidate_ref TEXT NOT NULL,
                    employer TEXT NOT NULL, kind TEXT NOT NULL, occurred_at TEXT NOT NULL, payload TEXT NOT NULL);
                INSERT INTO outcomes VALUES ('old-1', 'VAC-1', 'DAL-1', 'Ter Horst', 'Invited', '2026-02-01T09:00:00+00:00',
                    '{"outcomeId":"old-1","vacancyId":"VAC-1","candidateRef":"DAL-1","employer":"Ter Horst","kind":"Invited","occurredAt":"2026-02-01T09:00:00+00:00","recordedBy":"GM0175","recordedAt":"2026-02-01T09:00:00+00:00"}');
                """;
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        var store = new SqliteOutcomeStore(_path);
        Assert.Equal(OutcomeKind.Invited, (await store.FindAsync("GM0175", "old-1", default))!.Kind);
        Assert.Null(await store.FindAsync("GM0148", "old-1", default));
        Assert.Single(await store.AllAsync(default));
    }

    [Fact]
    public async Task Outcomes_survive_a_restart_and_cannot_be_edited_or_deleted()
    {
        await new SqliteOutcomeStore(_path).AppendAsync(Builders.Outcome("o-1", OutcomeKind.Interested), default);
        SqliteConnection.ClearAllPools();
        var reopened = new SqliteOutcomeStore(_path);
        Assert.Equal(OutcomeKind.Interested, (await reopened.FindAsync("GM0148", "o-1", default))!.Kind);
        Assert.Equal(1, reopened.HistoryOf("DAL-1", "ter horst").Positive);

        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE party_outcomes SET kind = 'Placed'", "DELETE FROM party_outcomes" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
        }
    }

    [Theory]
    [InlineData(new[] { OutcomeKind.Shown }, 1)]
    [InlineData(new[] { OutcomeKind.Shown, OutcomeKind.Contacted }, 2)]
    [InlineData(new[] { OutcomeKind.Shown, OutcomeKind.Contacted, OutcomeKind.Interested, OutcomeKind.Invited }, 3)]
    [InlineData(new[] { OutcomeKind.Contacted, OutcomeKind.Invited, OutcomeKind.RejectedByEmployer }, 0)]
    [InlineData(new[] { OutcomeKind.Invited, OutcomeKind.RejectedByEmployer, OutcomeKind.Placed }, 4)]
    [InlineData(new[] { OutcomeKind.Contacted, OutcomeKind.NotInterested }, 0)]
    public void Labels_are_graded_placed_over_invited_over_contacted_over_shown_over_rejected(OutcomeKind[] kinds, int label) =>
        Assert.Equal(label, RelevanceGrade.For(kinds.Select((k, i) => Builders.Outcome("o-" + i, k, minute: i))));
}
