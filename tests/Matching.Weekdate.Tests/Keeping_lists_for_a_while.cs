using Matching.Weekdate;
using Microsoft.Extensions.Logging.Abstractions;

namespace Matching.Weekdate.Tests;

/// <summary>
/// A generated list's files name candidates and their fit: they stay downloadable for Weekdate:KeepListsWeeks, and the
/// daily sweep removes older ones, while the generations and the snapshots the next lists compare with stay.
/// </summary>
public sealed class Keeping_lists_for_a_while : IDisposable
{
    private readonly WeekdateWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task The_sweep_removes_the_files_of_weeks_older_than_kept_and_keeps_the_rest()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.LongAgo));
        await _world.Add(Build.Candidate("DAL-OLD", Build.LongAgo));
        await _world.GenerateAsync("2026-W22");
        var kept = await _world.GenerateAsync("2026-W23");
        var references = await _world.Ledger.GenerationsAsync(Build.Dalfsen, default);
        var seen = await _world.Ledger.SeenUpToAsync(Build.Dalfsen, kept.Week, default);
        // Monday 30 November 2026 is in week 49: with 26 weeks kept, week 23 is the oldest whose files stay.
        _world.Options.KeepListsWeeks = 26;
        var retention = new WeekdateListRetention(_world.Ledger, Microsoft.Extensions.Options.Options.Create(_world.Options), _world.Clock,
            NullLogger<WeekdateListRetention>.Instance);

        Assert.Equal(1, await retention.SweepAsync(default));
        Assert.Equal(0, await retention.SweepAsync(default));

        Assert.Equal(["2026-W22", "2026-W23"], references.Select(g => g.Week.ToString()));
        Assert.Null(await _world.Ledger.RenderingAsync(references[0].Reference, WeekdateFileFormat.Html, default));
        Assert.Equal(WeekdateCsv.Render(kept), await _world.Ledger.RenderingAsync(references[1].Reference, WeekdateFileFormat.Csv, default));
        Assert.Equal(2, (await _world.Ledger.GenerationsAsync(Build.Dalfsen, default)).Count);
        Assert.Equal(seen, await _world.Ledger.SeenUpToAsync(Build.Dalfsen, kept.Week, default));
    }
}
