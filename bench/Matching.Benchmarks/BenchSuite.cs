using System.Diagnostics;
using Matching.Ranking;
using Wsp.Matching.V1;

namespace Matching.Benchmarks;

/// <summary>
/// One benchmark invocation: per pool size, build the indexes, measure the floor, the index search and the ranker in
/// process, then start the host and measure gRPC end to end, concurrency and the weekdate list.
/// </summary>
public sealed class BenchSuite(BenchOptions options, Action<string> log)
{
    /// <summary>The host's default rescoring window (Ranking:RescoreWindow); the floor uses the same window.</summary>
    private static readonly int RescoreWindow = new RankingOptions().RescoreWindow;

    public async Task<BenchResults> RunAsync()
    {
        var machine = MachineFacts.Now();
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        log($"Machine: {machine.Cores} cores, load average {machine.LoadAverageAtStart}, {machine.Configuration} build");
        var ownsWork = options.WorkDirectory is null;
        var work = Path.GetFullPath(options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), $"matching-bench-{Guid.NewGuid():N}"));
        var runs = new List<RunResult>();
        try
        {
            foreach (var size in options.Sizes)
                runs.Add(await RunSizeAsync(size, Path.Combine(work, $"pool-{size}")));
        }
        finally
        {
            if (ownsWork) TryDelete(work);
        }
        return new BenchResults(1, startedAt, Math.Round(clock.Elapsed.TotalSeconds, 1), GitCommit(), options.Smoke, machine.AtEnd(), runs);
    }

    private async Task<RunResult> RunSizeAsync(int size, string folder)
    {
        log($"== {size:N0} candidates, {options.Vacancies} vacancies ==");
        var data = Path.Combine(folder, "index");
        var now = DateTimeOffset.UtcNow;
        var pool = new PoolBuilder(data, options.Seed);
        var indexing = await pool.IndexCandidatesAsync(size, options.BatchSize, now, log);
        var vacancies = await pool.IndexVacanciesAsync(options.Vacancies, now);
        log($"  indexing: {indexing.IndexProfilesPerSecond:N0} profiles/s (pipeline {indexing.PipelineProfilesPerSecond:N0}/s), {indexing.IndexFolderMb} MB");
        // Indexing garbage should not be collected inside the first measured calls.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

        var workload = new RankingWorkload(vacancies, options.TopK);
        var (floor, search, inProcess, same, meanEligible) = await InProcessAsync(workload, pool.CandidateFolder, data, Path.Combine(folder, "in-process"));
        log($"  floor p50/p99 {floor.MedianMs}/{floor.P99Ms} ms; index search {search.MedianMs}/{search.P99Ms}; in process {inProcess.MedianMs}/{inProcess.P99Ms}");

        var hostDll = options.HostDll ?? HostProcess.DefaultHostDll();
        await using var host = await HostProcess.StartAsync(hostDll, data, Path.Combine(folder, "host"));
        var clients = new GrpcClients(host.GrpcAddress, workload);
        LatencyStats endToEnd;
        using (var channel = clients.NewChannel())
        {
            var stub = new MatchingService.MatchingServiceClient(channel);
            endToEnd = await Timed.SeriesAsync(options.WarmUp, options.Queries, call => clients.RankAsync(stub, call));
        }
        log($"  end to end p50/p99 {endToEnd.MedianMs}/{endToEnd.P99Ms} ms ({endToEnd.P99Ms / floor.P99Ms:N1}x floor p99)");

        var concurrency = await clients.ConcurrencyAsync(options.Concurrency, options.ConcurrencyDuration);
        foreach (var c in concurrency) log($"  {c.Clients,2} clients: {c.CallsPerSecond} calls/s, p50/p99 {c.Latency.MedianMs}/{c.Latency.P99Ms} ms, {c.Failures} failed");

        var weekdate = size <= options.WeekdateMaxSize
            ? await clients.WeekdateAsync(HostSettings.ClientParty, vacancies.Count)
            : new WeekdateResult(false, $"not measured: pools above {options.WeekdateMaxSize:N0} (--weekdate-max-size)", null, vacancies.Count, null, null, null);
        log(weekdate.Measured ? $"  weekdate ({weekdate.Party}, {weekdate.Vacancies} vacancies): {weekdate.Seconds} s" : $"  weekdate {weekdate.Note}");

        var gc = GC.GetGCMemoryInfo();
        using var self = Process.GetCurrentProcess();
        var memory = new MemoryResult(Mb(self.PeakWorkingSet64), Mb(gc.HeapSizeBytes), Mb(GC.GetTotalAllocatedBytes()), host.PeakWorkingSetMb());
        log($"  peak memory: host {memory.HostPeakWorkingSetMb} MB, benchmark {memory.BenchPeakWorkingSetMb} MB");

        var latency = new LatencyResults(options.Queries, options.WarmUp, floor, search, inProcess, endToEnd,
            Ratio(endToEnd.MedianMs, floor.MedianMs), Ratio(endToEnd.P99Ms, floor.P99Ms), same, meanEligible);
        var run = new RunResult(size, vacancies.Count, options.TopK, RescoreWindow, indexing, latency, concurrency, weekdate, memory, []);
        await host.DisposeAsync();
        if (options.WorkDirectory is null) TryDelete(folder);
        return run with { Targets = Targets.For(run) };
    }

    private async Task<(LatencyStats Floor, LatencyStats Search, LatencyStats InProcess, int Same, double MeanEligible)> InProcessAsync(
        RankingWorkload workload, string candidateFolder, string data, string state)
    {
        await using var matching = new InProcessMatching(data, state);
        using var floorIndex = new LuceneFloor(candidateFolder);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var calls = options.WarmUp + options.Queries;
        var floorEligible = new int[calls];
        var rankedEligible = new int[calls];

        var floor = await Timed.SeriesAsync(options.WarmUp, options.Queries, call =>
        {
            floorEligible[call] = floorIndex.Search(RankingQuery.For(workload.Request(call), today, RescoreWindow)).TotalEligible;
            return Task.CompletedTask;
        });
        var search = await Timed.SeriesAsync(options.WarmUp, options.Queries,
            call => matching.Index.SearchAsync(RankingQuery.For(workload.Request(call), today, RescoreWindow)));
        var inProcess = await Timed.SeriesAsync(options.WarmUp, options.Queries, async call =>
            rankedEligible[call] = (await matching.Ranker.RankAsync(workload.Request(call), CancellationToken.None)).EligibleCount);

        var measured = Enumerable.Range(options.WarmUp, options.Queries).ToArray();
        var same = measured.Count(i => floorEligible[i] == rankedEligible[i]);
        return (floor, search, inProcess, same, Math.Round(measured.Average(i => (double)floorEligible[i]), 1));
    }

    private static double Ratio(double value, double floor) => floor > 0 ? Math.Round(value / floor, 2) : double.NaN;

    private static double Mb(long bytes) => Math.Round(bytes / 1024d / 1024, 1);

    private static string GitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD") { RedirectStandardOutput = true, RedirectStandardError = true });
            var commit = git!.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            log($"  could not delete {folder}: {e.Message}");
        }
    }
}
