using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Matching.Benchmarks.Tests;

/// <summary>
/// The benchmark at a tiny size (2k candidates, a few calls) on every test run, so the harness cannot rot: every
/// measurement must be in the results, the table written and the comparison readable. Speed is not asserted here.
/// </summary>
public sealed class Running_the_benchmark_smoke(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"matching-bench-test-{Guid.NewGuid():N}");

    [Fact]
    public async Task Writes_every_measurement_the_table_and_a_comparison()
    {
        var options = BenchOptions.Parse(["--smoke", "--out", Path.Combine(_folder, "latest.json")]);

        var results = await new BenchSuite(options, output.WriteLine).RunAsync();
        var (jsonFile, markdownFile) = await ResultsFiles.WriteAsync(results, options.Out);

        var json = ResultsFiles.Read(jsonFile);
        Assert.Equal(Environment.ProcessorCount, json["machine"]!["cores"]!.GetValue<int>());
        var run = json["runs"]!.AsArray().Single()!;
        Assert.Equal(2_000, run["candidates"]!.GetValue<int>());
        Assert.True(run["indexing"]!["indexProfilesPerSecond"]!.GetValue<double>() > 0);
        foreach (var series in new[] { "floor", "indexSearch", "inProcess", "endToEnd" })
        {
            var stats = run["latency"]![series]!;
            Assert.Equal(options.Queries, stats["count"]!.GetValue<int>());
            Assert.InRange(stats["medianMs"]!.GetValue<double>(), 0.0001, stats["p99Ms"]!.GetValue<double>());
        }
        Assert.Equal(options.Queries, run["latency"]!["sameCandidates"]!.GetValue<int>());
        Assert.Equal(options.Queries, run["latency"]!["learnedInProcess"]!["count"]!.GetValue<int>());
        Assert.Equal(options.Queries, run["latency"]!["learnedSameCandidates"]!.GetValue<int>());
        Assert.Equal(options.Queries, run["latency"]!["occupationFeatures"]!["count"]!.GetValue<int>());
        Assert.Equal(options.Queries, run["workbenchVacancyPage"]!["count"]!.GetValue<int>());
        Assert.True(run["latency"]!["inProcessCost"]!["allocatedKbPerCall"]!.GetValue<double>() > 0);
        var inProcessLevels = run["inProcessConcurrency"]!.AsArray();
        Assert.Equal(options.Concurrency, inProcessLevels.Select(c => c!["clients"]!.GetValue<int>()));
        Assert.All(inProcessLevels, c => Assert.True(c!["cost"]!["calls"]!.GetValue<int>() > 0));
        Assert.Equal(options.RolloverDays, run["dayRollover"]!["days"]!.GetValue<int>());
        Assert.Equal(options.RolloverDays, run["dayRollover"]!["dayMedianMs"]!.AsArray().Count);
        Assert.True(run["latency"]!["endToEndOverFloorP99"]!.GetValue<double>() > 0);
        var concurrency = run["concurrency"]!.AsArray();
        Assert.Equal(options.Concurrency, concurrency.Select(c => c!["clients"]!.GetValue<int>()));
        Assert.All(concurrency, c => Assert.True(c!["callsPerSecond"]!.GetValue<double>() > 0));
        Assert.All(concurrency, c => Assert.Equal(0, c!["failures"]!.GetValue<int>()));
        Assert.True(run["weekdate"]!["measured"]!.GetValue<bool>());
        Assert.Equal(options.Vacancies, run["weekdate"]!["newVacancies"]!.GetValue<int>());
        Assert.True(run["memory"]!["hostPeakWorkingSetMb"]!.GetValue<double>() > 0);
        Assert.True(run["memory"]!["benchPeakWorkingSetMb"]!.GetValue<double>() > 0);

        // A row not met never stands without its measured reason.
        Assert.All(run["targets"]!.AsArray(), t => Assert.True(
            t!["met"]!.GetValue<bool>() || !string.IsNullOrWhiteSpace(t["reason"]?.GetValue<string>()), t["name"]!.GetValue<string>()));

        var table = await File.ReadAllTextAsync(markdownFile);
        Assert.Contains("| RankCandidates gRPC end to end (p50 / p99 ms) |", table);
        Assert.Contains("| Workbench vacancy → candidates page over HTTP (p50 / p99 ms) |", table);
        Assert.Contains("| Throughput, 4 concurrent clients (calls/s; p99 ms) |", table);
        Assert.Contains("| Learned model / transparent scorer, in process p50 | 2k |", table);
        Assert.Contains("| Day rollover: last 1 / first 1 of 3 days, p50 | 2k |", table);

        // Recomputing the targets of a written file keeps every measurement and gives the same rows.
        await ResultsFiles.RetargetAsync(jsonFile);
        var retargeted = ResultsFiles.Read(jsonFile)["runs"]!.AsArray().Single()!;
        Assert.Equal(run["latency"]!.ToJsonString(), retargeted["latency"]!.ToJsonString());
        Assert.Equal(run["targets"]!.ToJsonString(), retargeted["targets"]!.ToJsonString());

        var comparison = ResultsComparison.Render(json, JsonNode.Parse(json.ToJsonString())!, "itself");
        Assert.Contains("| 2k latency.endToEnd.p99Ms |", comparison);
        Assert.Contains("| 1.00 |", comparison);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
