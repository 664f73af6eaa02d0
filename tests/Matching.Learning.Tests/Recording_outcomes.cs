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
            OutcomeId = "a", CandidateRef = "DAL 1", Kind = "Hired", Placement = "Regular", ReasonCode = "te ver weg", OccurredAt = Now.AddDays(1),
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
        var store = new OutcomeStore(_path);
        var (_, first) = await store.AppendAsync(Builders.Outcome("o-1", OutcomeKind.Invited), default);
        var (stored, second) = await store.AppendAsync(Builders.Outcome("o-1", OutcomeKind.Placed), default);
        Assert.False(first);
        Assert.True(second);
        Assert.Equal(OutcomeKind.Invited, stored.Kind);
        Assert.Single(await store.AllAsync(default));
    }

    [Fact]
    public async Task Outcomes_survive_a_restart_and_cannot_be_edited_or_deleted()
    {
        await new OutcomeStore(_path).AppendAsync(Builders.Outcome("o-1", OutcomeKind.Interested), default);
        SqliteConnection.ClearAllPools();
        var reopened = new OutcomeStore(_path);
        Assert.Equal(OutcomeKind.Interested, (await reopened.FindAsync("o-1", default))!.Kind);
        Assert.Equal(1, reopened.HistoryOf("DAL-1", "ter horst").Positive);

        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        foreach (var sql in new[] { "UPDATE outcomes SET kind = 'Placed'", "DELETE FROM outcomes" })
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
