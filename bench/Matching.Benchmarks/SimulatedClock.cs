namespace Matching.Benchmarks;

/// <summary>The real clock moved forward by whole days, so the benchmark can rank "tomorrow" without waiting for it.</summary>
public sealed class SimulatedClock : TimeProvider
{
    private long _daysAhead;

    public int DaysAhead => (int)Interlocked.Read(ref _daysAhead);

    public void MoveTo(int daysAhead) => Interlocked.Exchange(ref _daysAhead, daysAhead);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddDays(DaysAhead);
}
