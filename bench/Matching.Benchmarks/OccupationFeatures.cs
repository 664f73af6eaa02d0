using Matching.Domain.Scoring;
using Matching.Ranking;
using Matching.Search;

namespace Matching.Benchmarks;

/// <summary>
/// What the occupation features add to one ranking: the occupation fit of every candidate in the window, as the ranker
/// computes it (the vacancy's occupation worked out once, then each candidate), timed on its own over the same calls as
/// the in-process series. Retrieval is not timed. Divided by the in-process ranking latency, it is the share of ranking time the occupations cost.
/// </summary>
public static class OccupationFeatures
{
    public static async Task<LatencyStats> MeasureAsync(ICandidateIndex index, RankingWorkload workload, int warmUp, int queries, DateOnly today, int window)
    {
        var samples = new double[queries];
        for (var call = 0; call < warmUp + queries; call++)
        {
            var request = workload.Request(call);
            var hits = await index.SearchAsync(RankingQuery.For(request, today, window));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var fit = OccupationFit.ForVacancy(request.Vacancy);
            foreach (var hit in hits.Hits) _ = fit.Of(hit.Profile, today);
            if (call >= warmUp) samples[call - warmUp] = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        return LatencyStats.Of(samples);
    }
}
