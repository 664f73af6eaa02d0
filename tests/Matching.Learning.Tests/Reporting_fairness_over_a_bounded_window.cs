using Matching.Domain.Outcomes;
using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Learning.Outcomes;

namespace Matching.Learning.Tests;

/// <summary>The fairness report reads the latest rankings and their vacancies' outcomes only, and says what it left out.</summary>
public sealed class Reporting_fairness_over_a_bounded_window : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fairness-window-" + Guid.NewGuid().ToString("N"));
    private static readonly DateTimeOffset First = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public Reporting_fairness_over_a_bounded_window() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Twelve_rankings_with_a_window_of_ten_report_ten_and_count_two_left_out()
    {
        var impressions = new SqliteImpressionLog(Path.Combine(_folder, "rankings.db"));
        var outcomes = new SqliteOutcomeStore(Path.Combine(_folder, "outcomes.db"));
        for (var i = 1; i <= 12; i++)
            await impressions.RecordAsync($"VAC-{i:00}", ["DAL-1", "DAL-2"], [], "test", First.AddHours(i), default);
        await outcomes.AppendAsync(Builders.Outcome("o-old", OutcomeKind.Interested, vacancy: "VAC-01"), default);
        await outcomes.AppendAsync(Builders.Outcome("o-new", OutcomeKind.Placed, vacancy: "VAC-12"), default);
        var reporter = new FairnessReporter(impressions, new SqliteMonitoringStore(Path.Combine(_folder, "monitoring.db")), outcomes,
            Microsoft.Extensions.Options.Options.Create(new LearningOptions { FairnessMaxRankings = 10 }), TimeProvider.System);

        var report = await reporter.ReportAsync(topK: 10, default);

        Assert.Equal((10, 2L, 10), (report.Rankings, report.RankingsLeftOut, report.MaxRankings));
        Assert.Equal(First.AddHours(3), report.WindowStart);
        Assert.Equal(["o-new"], (await outcomes.ForVacanciesAsync(["VAC-03", "VAC-12"], default)).Select(o => o.OutcomeId));
    }
}
