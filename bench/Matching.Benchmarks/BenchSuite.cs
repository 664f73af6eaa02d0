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
        var marker = Path.Combine(folder, "pool.json");
        IndexingResult indexing;
        if (options.ReusePool && File.Exists(marker)
            && System.Text.Json.JsonSerializer.Deserialize<ReusedPool>(await File.ReadAllTextAsync(marker), ResultsFiles.Json) is { } reused
            && reused.Seed == options.Seed && reused.Indexing.Profiles == size)
        {
            indexing = reused.Indexing;
            log($"  reusing the pool in {folder} (indexing figures from when it was built)");
            // A pool built by code that indexed other content is analysed again on opening: done here, not while measuring.
            await pool.AnalyseAgainIfStaleAsync(log);
        }
        else
        {
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
            indexing = await pool.IndexCandidatesAsync(size, options.BatchSize, now, log);
            if (options.ReusePool)
                await File.WriteAllTextAsync(marker, System.Text.Json.JsonSerializer.Serialize(new ReusedPool(options.Seed, indexing), ResultsFiles.Json));
        }
        var vacancies = await pool.IndexVacanciesAsync(options.Vacancies, now);
        log($"  indexing: {indexing.IndexProfilesPerSecond:N0} profiles/s (pipeline {indexing.PipelineProfilesPerSecond:N0}/s), {indexing.IndexFolderMb} MB");
        // Indexing garbage should not be collected inside the first measured calls.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

        var workload = new RankingWorkload(vacancies, options.TopK);
        var inProcess = await InProcessAsync(workload, pool.CandidateFolder, data, Path.Combine(folder, "in-process"), size);
        var (floor, search, ranked) = (inProcess.Latency.Floor, inProcess.Latency.IndexSearch, inProcess.Latency.InProcess);
        log($"  floor p50/p99 {floor.MedianMs}/{floor.P99Ms} ms; index search {search.MedianMs}/{search.P99Ms}; in process {ranked.MedianMs}/{ranked.P99Ms}");

        var hostDll = options.HostDll ?? HostProcess.DefaultHostDll();
        var hostState = Path.Combine(folder, "host");
        if (Directory.Exists(hostState)) Directory.Delete(hostState, recursive: true);
        await using var host = await HostProcess.StartAsync(hostDll, data, hostState);
        var clients = new GrpcClients(host.GrpcAddress, workload);
        LatencyStats endToEnd, coldPass;
        using (var channel = clients.NewChannel())
        {
            var stub = new MatchingService.MatchingServiceClient(channel);
            // The first call for each vacancy on a fresh host computes its filters and meets the profile cache still
            // filling: measured on its own, so the series after it is the steady state the targets are about.
            coldPass = await Timed.SeriesAsync(0, vacancies.Count, call => clients.RankAsync(stub, call));
            endToEnd = await Timed.SeriesAsync(options.WarmUp, options.Queries, call => clients.RankAsync(stub, vacancies.Count + call));
        }
        log($"  end to end p50/p99 {endToEnd.MedianMs}/{endToEnd.P99Ms} ms ({endToEnd.P99Ms / floor.P99Ms:N1}x floor p99); first call per vacancy {coldPass.MedianMs}/{coldPass.P99Ms} ms");

        var vacancyPage = await WorkbenchPage.MeasureAsync(host.RestPort, vacancies.Select(v => v.Id).ToList(), options.WarmUp, options.Queries);
        log($"  workbench vacancy page p50/p99 {vacancyPage.MedianMs}/{vacancyPage.P99Ms} ms");

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

        var latency = inProcess.Latency with
        {
            EndToEnd = endToEnd,
            EndToEndFirstCallPerVacancy = coldPass,
            EndToEndOverFloorMedian = Ratio(endToEnd.MedianMs, floor.MedianMs),
            EndToEndOverFloorP99 = Ratio(endToEnd.P99Ms, floor.P99Ms),
        };
        await host.DisposeAsync();
        var normalising = OccupationNormalising.Measure(options.Smoke ? 500 : 5_000);
        log($"  occupation normalising p50/p99 {normalising.MedianMs}/{normalising.P99Ms} ms");
        var run = new RunResult(size, vacancies.Count, options.TopK, RescoreWindow, indexing, latency, concurrency, weekdate, memory, [])
        {
            OccupationNormalising = normalising,
            InProcessConcurrency = inProcess.Concurrency,
            DayRollover = inProcess.DayRollover,
            WorkbenchVacancyPage = vacancyPage,
        };
        if (options.WorkDirectory is null) TryDelete(folder);
        return run with { Targets = Targets.For(run, Environment.ProcessorCount) };
    }

    private sealed record ReusedPool(int Seed, IndexingResult Indexing);

    private sealed record InProcessResults(LatencyResults Latency, IReadOnlyList<ConcurrencyResult> Concurrency, DayRolloverResult? DayRollover);

    private async Task<InProcessResults> InProcessAsync(RankingWorkload workload, string candidateFolder, string data, string state, int size)
    {
        if (Directory.Exists(state)) Directory.Delete(state, recursive: true);
        var models = Path.Combine(state, "models");
        var model = PromotedModel.WriteTo(models, options.Seed);
        await using var matching = new InProcessMatching(data, Path.Combine(state, "transparent"));
        await using var learned = new InProcessMatching(data, Path.Combine(state, "learned"), models);
        using var floorIndex = new LuceneFloor(candidateFolder);
        await Task.WhenAll(matching.WarmedUp(), learned.WarmedUp());
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var calls = options.WarmUp + options.Queries;
        var floorEligible = new int[calls];
        var rankedEligible = new int[calls];
        var learnedEligible = new int[calls];

        var (floor, floorCost) = await Timed.MeasuredSeriesAsync(options.WarmUp, options.Queries, call =>
        {
            floorEligible[call] = floorIndex.Search(RankingQuery.For(workload.Request(call), today, RescoreWindow)).TotalEligible;
            return Task.CompletedTask;
        });
        var search = await Timed.SeriesAsync(options.WarmUp, options.Queries,
            call => matching.Index.SearchAsync(RankingQuery.For(workload.Request(call), today, RescoreWindow)));
        var (inProcess, inProcessCost) = await Timed.MeasuredSeriesAsync(options.WarmUp, options.Queries, async call =>
            rankedEligible[call] = (await matching.Ranker.RankAsync(workload.Request(call), CancellationToken.None)).EligibleCount);
        var (withModel, modelCost) = await Timed.MeasuredSeriesAsync(options.WarmUp, options.Queries, async call =>
        {
            var result = await learned.Ranker.RankAsync(workload.Request(call), CancellationToken.None);
            if (result.RankerVersion != model.Version) throw new InvalidOperationException($"Ranked with {result.RankerVersion}, not the promoted {model.Version}.");
            learnedEligible[call] = result.EligibleCount;
        });
        log($"  allocated per call: floor {floorCost.AllocatedKbPerCall:N0} KB, in process {inProcessCost.AllocatedKbPerCall:N0} KB, learned {modelCost.AllocatedKbPerCall:N0} KB; " +
            $"GC paused {floorCost.GcPauseMs}/{inProcessCost.GcPauseMs}/{modelCost.GcPauseMs} ms over the series");
        foreach (var (name, cost) in new[] { ("floor", floorCost), ("in process", inProcessCost), ("learned", modelCost) })
            log($"    {name}: {Collections(cost)}");
        log($"  in process with learned model {model.Version}: p50/p99 {withModel.MedianMs}/{withModel.P99Ms} ms ({withModel.MedianMs / inProcess.MedianMs:0.00}x transparent)");
        var occupation = await OccupationFeatures.MeasureAsync(matching.Index, workload, options.WarmUp, options.Queries, today, RescoreWindow);
        log($"  occupation features per ranking p50/p99 {occupation.MedianMs}/{occupation.P99Ms} ms");

        var concurrency = new List<ConcurrencyResult>();
        foreach (var clients in options.Concurrency)
        {
            var level = await Timed.ConcurrentAsync(clients, options.ConcurrencyDuration, (_, call) => matching.HandleAsync(workload.Request(call), HostSettings.ClientName));
            log($"  in process {clients,2} callers: {level.CallsPerSecond} calls/s, p50/p99 {level.Latency.MedianMs}/{level.Latency.P99Ms} ms, " +
                $"{level.Cost!.AllocatedKbPerCall:N0} KB/call, GC paused {level.Cost.GcPauseMs} ms, {level.Cost.LockContentions} lock contentions, thread-pool queue max {level.Cost.MaxThreadPoolQueue}; {Collections(level.Cost)}");
            concurrency.Add(level);
        }
        var rollover = options.RolloverDays > 0 && size <= options.WeekdateMaxSize
            ? await DayRollover.MeasureAsync(matching, workload, options.RolloverDays, log)
            : null;

        var measured = Enumerable.Range(options.WarmUp, options.Queries).ToArray();
        var latency = new LatencyResults(options.Queries, options.WarmUp, floor, search, inProcess, inProcess, 0, 0,
            measured.Count(i => floorEligible[i] == rankedEligible[i]), Math.Round(measured.Average(i => (double)floorEligible[i]), 1))
        {
            FloorCost = floorCost,
            InProcessCost = inProcessCost,
            LearnedInProcess = withModel,
            LearnedCost = modelCost,
            LearnedSameCandidates = measured.Count(i => floorEligible[i] == learnedEligible[i]),
            OccupationFeatures = occupation,
        };
        return new InProcessResults(latency, concurrency, rollover);
    }

    private static string Collections(RuntimeCost cost) =>
        $"GC gen0/1/2 {cost.Gen0Collections}/{cost.Gen1Collections}/{cost.Gen2Collections}, longest pause {cost.MaxGcPauseMs} ms, " +
        $"{cost.PromotedKbPerGc:N0} KB promoted per GC ({cost.SampledCollections} sampled)";

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
