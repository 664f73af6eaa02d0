using System.Diagnostics;

namespace Matching.DemoData.Tests.Generator;

public class Generating_is_fast
{
    /// <summary>Benchmarks generate a million profiles; 200,000 in well under the limit keeps that in seconds.</summary>
    [Fact]
    public void Two_hundred_thousand_candidates_take_seconds_not_minutes()
    {
        var generator = new DemoDataGenerator(99);
        var watch = Stopwatch.StartNew();
        var count = 0;
        foreach (var _ in generator.Candidates(200_000)) count++;
        Assert.Equal(200_000, count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
