namespace Matching.Weekdate.Tests;

/// <summary>
/// The page is Razor components: whatever a title or name holds is encoded, never markup, and the page keeps no
/// script. Letters such as é stay as they are (the renderer's encoder escapes only what HTML needs).
/// </summary>
public sealed class Writing_every_value_as_text : IDisposable
{
    private readonly WeekdateWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task A_title_holding_markup_is_shown_as_text()
    {
        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48) with { Title = "<script>alert(\"x\")</script> & café <b>" });
        await _world.Add(Build.Candidate("DAL-1", Build.InWeek48));

        var html = await WeekdateHtml.RenderAsync(await _world.GenerateAsync("2026-W48"), "WD-test");

        Assert.Contains("VAC-1 · &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; café &lt;b&gt;</h3>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
    }
}
