using Matching.Domain.Candidates;

namespace Matching.Weekdate.Tests;

/// <summary>The weekdate's HTML shows no enum code: kinds of place and categories are written as people say them.</summary>
public sealed class Writing_codes_in_dutch : IDisposable
{
    private readonly WeekdateWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task The_html_says_reguliere_baan_and_the_category_in_dutch()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48, "HEFTRUCK"));
        await _world.Add(Build.Candidate("DAL-1", Build.InWeek48, "HEFTRUCK") with { ClientGroup = ClientGroup.DirectWerk });

        var html = await WeekdateHtml.RenderAsync(await _world.GenerateAsync("2026-W48"), "WD-test");

        Assert.Contains("reguliere baan", html);
        Assert.Contains("werkfit, groei verwacht / direct werk", html);
        foreach (var code in new[] { "Regular", "WerkfitProgressExpected", "DirectWerk", "Subregion", "None" })
            Assert.DoesNotMatch($@"\b{code}\b", html);
    }
}
