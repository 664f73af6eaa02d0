using Matching.Domain.Scoring;

namespace Matching.Domain.UnitTests;

public sealed class BoundedMemoTests
{
    [Fact]
    public void It_remembers_up_to_its_bound_and_then_keeps_nothing_new()
    {
        var memo = new BoundedMemo<string, int>(2);

        memo.Remember("a", 1);
        memo.Remember("b", 2);
        memo.Remember("c", 3);

        Assert.Equal(2, memo.Count);
        Assert.True(memo.TryGetValue("a", out var a) && a == 1);
        Assert.True(memo.TryGetValue("b", out var b) && b == 2);
        Assert.False(memo.TryGetValue("c", out _));
    }

    [Fact]
    public void A_key_kept_twice_counts_once_and_keeps_its_first_value()
    {
        var memo = new BoundedMemo<string, int>(10);

        memo.Remember("a", 1);
        memo.Remember("a", 2);

        Assert.Equal(1, memo.Count);
        Assert.True(memo.TryGetValue("a", out var value) && value == 1);
    }

    [Fact]
    public void Many_threads_never_keep_more_than_the_bound_by_more_than_their_number()
    {
        var memo = new BoundedMemo<int, int>(1000);

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => memo.Remember(i, i));

        // A thread may add after reading the count just under the bound: at most one extra per racing thread.
        Assert.InRange(memo.Count, 1000, 1004);
    }
}
