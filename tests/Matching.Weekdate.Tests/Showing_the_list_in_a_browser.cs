using System.Diagnostics;
using Matching.Weekdate;

namespace Matching.Weekdate.Tests;

/// <summary>
/// Renders a generated page in headless Chromium (Debian's chromium, driven by playwright-core from tests/browser),
/// saves a screenshot and checks the page loads and shows the five sections. Skipped when node, chromium or the
/// npm packages are missing (`make test` installs them).
/// </summary>
public sealed class Showing_the_list_in_a_browser : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly WeekdateWorld _world = new();

    public void Dispose() => _world.Dispose();

    [SkippableFact]
    public async Task The_page_loads_and_shows_the_five_sections()
    {
        var browserTests = Path.Combine(RepositoryRoot(), "tests", "browser");
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is missing (apt-get install chromium).");
        Skip.IfNot(OnPath("node"), "node is missing (apt-get install nodejs).");
        Skip.IfNot(Directory.Exists(Path.Combine(browserTests, "node_modules", "playwright-core")),
            "playwright-core is missing (npm ci --prefix tests/browser).");

        await _world.Add(Build.Vacancy("VAC-1", Build.InWeek48, "HEFTRUCK"), Build.Vacancy("VAC-2", Build.InWeek48, "VCA_BASIS"),
            Build.Vacancy("VAC-3", Build.InWeek48, "RIJBEWIJS_CE"));
        await _world.Add(Build.Candidate("DAL-1", Build.InWeek48, "HEFTRUCK"), Build.Candidate("DAL-2", Build.InWeek48),
            Build.Candidate("DAL-3", Build.InWeek48, "HEFTRUCK", "VCA_BASIS") with { HoursAvailablePerWeek = 20 });
        var list = await _world.GenerateAsync("2026-W48");
        var output = Path.Combine(RepositoryRoot(), "TestResults", "weekdate");
        Directory.CreateDirectory(output);
        var page = Path.Combine(output, "weekdate-GM0148-2026-W48.html");
        var shot = Path.Combine(output, "weekdate-GM0148-2026-W48.png");
        await File.WriteAllTextAsync(page, await WeekdateHtml.RenderAsync(list, "WD-GM0148-2026-W48-test"));
        File.Delete(shot);

        var (exitCode, stdout, stderr) = await RunAsync("node", browserTests, Path.Combine(browserTests, "weekdate-screenshot.mjs"), page, shot);

        Assert.True(exitCode == 0, $"node exited {exitCode}: {stdout} {stderr}");
        Assert.Contains("\"missing\":[]", stdout);
        Assert.True(new FileInfo(shot).Length > 10_000, "the screenshot is suspiciously small");
    }

    private static async Task<(int, string, string)> RunAsync(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Matching.sln"))) return dir.FullName;
        throw new InvalidOperationException("Matching.sln not found above the test binaries.");
    }
}
