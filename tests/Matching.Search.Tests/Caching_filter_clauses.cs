using Lucene.Net.Util;
using Matching.Domain.Geo;
using Matching.Search.Lucene;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

/// <summary>
/// The filter clauses' bit sets are kept least recently used first out within a byte budget, so a long-lived index
/// keeps what today's searches use; day-dependent clauses give each day's answer; a vacancy's area is widened to a
/// grid so nearby vacancies share it, never losing a point of the exact area.
/// </summary>
public sealed class Caching_filter_clauses : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    [Fact]
    public void Should_evict_the_least_recently_used_set_when_over_the_budget()
    {
        // A 64-document set costs 72 bytes here: the budget holds two.
        var cache = new FilterClauseCache(budgetBytes: 150);
        var core = new object();
        var computed = new List<string>();
        FixedBitSet Compute(string clause)
        {
            computed.Add(clause);
            return new FixedBitSet(64);
        }

        cache.GetOrAdd(core, "a", () => Compute("a"));
        cache.GetOrAdd(core, "b", () => Compute("b"));
        cache.GetOrAdd(core, "a", () => Compute("a"));
        cache.GetOrAdd(core, "c", () => Compute("c"));
        cache.GetOrAdd(core, "a", () => Compute("a"));
        cache.GetOrAdd(core, "b", () => Compute("b"));

        Assert.Equal(["a", "b", "c", "b"], computed);
        Assert.Equal(2, cache.Count);
        Assert.InRange(cache.Bytes, 1, 150);
        Assert.Equal(2, cache.Evictions);
    }

    [Fact]
    public void Should_keep_sets_of_different_segments_apart()
    {
        var cache = new FilterClauseCache(FilterClauseCache.DefaultBudgetBytes);
        var first = cache.GetOrAdd(new object(), "step:3-5", () => new FixedBitSet(10));
        var second = cache.GetOrAdd(new object(), "step:3-5", () => new FixedBitSet(20));

        Assert.NotSame(first, second);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public async Task Should_answer_each_day_of_a_long_run_with_that_days_certificate_validity()
    {
        var start = new DateOnly(2025, 6, 1);
        using var index = new LuceneCandidateIndex(_folder.Path, RegionZwolle.Directory);
        await index.UpsertAsync([
            Candidate("DAL-1").Holding("VCA_BASIS", start.AddYears(-9), start.AddDays(20)).Build(),
            Candidate("DAL-2").Holding("VCA_BASIS", start.AddYears(-1), start.AddYears(5)).Build(),
            Candidate("DAL-3").Build(),
        ]);

        var perDay = new List<string[]>();
        for (var day = 0; day < 40; day++)
        {
            var result = await index.SearchAsync(new CandidateQuery
            {
                VisibleTo = RegionZwolle.Dalfsen, ValidOn = start.AddDays(day), RequiredCertificates = ["VCA_BASIS"], Size = 10,
            });
            perDay.Add(result.Hits.Select(h => h.Profile.Reference).Order(StringComparer.Ordinal).ToArray());
        }

        Assert.All(perDay.Take(21), refs => Assert.Equal(["DAL-1", "DAL-2"], refs));
        Assert.All(perDay.Skip(21), refs => Assert.Equal(["DAL-2"], refs));
        Assert.True(index.FilterCache.Hits > 0, "clauses that do not depend on the day are reused");
    }

    [Fact]
    public void Should_widen_an_area_to_the_grid_without_losing_any_of_it()
    {
        var zwolle = new GeoPoint(52.5125, 6.0944);
        var exact = GeoBoundingBox.Around(zwolle, 25);
        var snapped = exact.SnappedOutward(CandidateQueryBuilder.BoundingBoxGridDegrees);
        var nearby = GeoBoundingBox.Around(new GeoPoint(52.5141, 6.0951), 25).SnappedOutward(CandidateQueryBuilder.BoundingBoxGridDegrees);

        Assert.True(snapped.MinLatitude <= exact.MinLatitude && snapped.MaxLatitude >= exact.MaxLatitude);
        Assert.True(snapped.MinLongitude <= exact.MinLongitude && snapped.MaxLongitude >= exact.MaxLongitude);
        Assert.True(snapped.MaxLatitude - exact.MaxLatitude < CandidateQueryBuilder.BoundingBoxGridDegrees);
        Assert.Equal(snapped, nearby);
    }

    public void Dispose() => _folder.Dispose();
}
