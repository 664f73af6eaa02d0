using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Matching.ServiceDefaults.Telemetry;

/// <summary>
/// Matching's own instruments (meter and activity source "Matching"): ranking latency and the outbox depth. Tags
/// carry versions and counts, never references or profile contents.
/// </summary>
public sealed class MatchingMetrics
{
    public const string Name = "Matching";

    public static readonly ActivitySource Activities = new(Name);

    private readonly Histogram<double> _ranking;
    private long _outboxPending;

    public MatchingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _ranking = meter.CreateHistogram<double>("matching.ranking.duration", "s",
            "Time to rank one vacancy: retrieval, eligibility re-check, scoring, explanations and the impression log.");
        meter.CreateObservableGauge("matching.outbox.pending", () => Interlocked.Read(ref _outboxPending), "{write}",
            "Accepted writes waiting in the outbox for the search engine or the broker, as last counted by the drainer.");
    }

    public void RankingTook(TimeSpan elapsed, string rankerVersion) =>
        _ranking.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("matching.ranker.version", rankerVersion));

    public void OutboxPending(long count) => Interlocked.Exchange(ref _outboxPending, count);
}
