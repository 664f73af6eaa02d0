using System.Diagnostics;
using Matching.DemoData;
using Matching.Domain.Candidates;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;
using Matching.Search.Lucene;

namespace Matching.Benchmarks;

/// <summary>
/// Fills the embedded indexes the host will open ("candidates" and "vacancies" under one data folder) from the demo
/// generator, streaming candidates in batches so a million never sit in memory at once.
/// </summary>
public sealed class PoolBuilder(string dataDirectory, int seed)
{
    /// <summary>Candidates were last updated over this many days, so a weekdate sees only a week's worth as new.</summary>
    private const int UpdateSpreadDays = 60;

    private readonly PartyDirectory _parties = PartyDirectory.RegionZwolleDefault;
    private readonly DemoDataGenerator _generator = new(seed);

    public string CandidateFolder => Path.Combine(dataDirectory, "candidates");

    public string VacancyFolder => Path.Combine(dataDirectory, "vacancies");

    public async Task<IndexingResult> IndexCandidatesAsync(int count, int batchSize, DateTimeOffset now, Action<string> log)
    {
        var validator = new CandidateValidator(_parties, PostcodeGazetteer.Netherlands);
        using var index = new LuceneCandidateIndex(CandidateFolder, _parties);
        var pipeline = Stopwatch.StartNew();
        var indexing = TimeSpan.Zero;
        var batch = new List<CandidateProfile>(batchSize);
        var done = 0;
        foreach (var input in _generator.Candidates(count))
        {
            var validated = validator.Validate(input, now);
            var profile = validated.Value ?? throw new InvalidOperationException(
                $"Generated candidate {input.Reference} is invalid: {string.Join("; ", validated.Errors)}");
            batch.Add(profile with { UpdatedAt = now.AddDays(-(done + batch.Count) % UpdateSpreadDays).AddHours(-1) });
            if (batch.Count == batchSize) indexing += await FlushAsync();
        }
        if (batch.Count > 0) indexing += await FlushAsync();
        pipeline.Stop();
        return new IndexingResult(done, batchSize,
            Math.Round(indexing.TotalSeconds, 2), Math.Round(done / indexing.TotalSeconds),
            Math.Round(pipeline.Elapsed.TotalSeconds, 2), Math.Round(done / pipeline.Elapsed.TotalSeconds),
            Math.Round(FolderBytes(CandidateFolder) / 1024d / 1024, 1));

        async Task<TimeSpan> FlushAsync()
        {
            var started = Stopwatch.GetTimestamp();
            await index.UpsertAsync(batch);
            var elapsed = Stopwatch.GetElapsedTime(started);
            done += batch.Count;
            batch.Clear();
            if (done % (batchSize * 20) == 0 || done == count) log($"  indexed {done:N0}/{count:N0} ({done / pipeline.Elapsed.TotalSeconds:N0}/s)");
            return elapsed;
        }
    }

    /// <summary>Opens the candidate index once and waits while it builds documents indexed with other content again.</summary>
    public async Task AnalyseAgainIfStaleAsync(Action<string> log)
    {
        using var index = new LuceneCandidateIndex(CandidateFolder, _parties, profileCacheSize: 0);
        if (index.Pending is { } pending) log($"  {pending}");
        await index.Reanalysis;
    }

    /// <summary>Open vacancies in the WSP sectors, updated now (so all are "new" in this week's weekdate).</summary>
    public async Task<IReadOnlyList<Vacancy>> IndexVacanciesAsync(int count, DateTimeOffset now)
    {
        var validator = new VacancyValidator(_parties, PostcodeGazetteer.Netherlands);
        var vacancies = _generator.Vacancies(count).Select(v =>
        {
            var validated = validator.Validate(v.Input, v.Id, now);
            return validated.Value ?? throw new InvalidOperationException($"Generated vacancy {v.Id} is invalid: {string.Join("; ", validated.Errors)}");
        }).ToList();
        using var index = new LuceneVacancyIndex(VacancyFolder);
        await index.UpsertAsync(vacancies);
        return vacancies;
    }

    private static long FolderBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
