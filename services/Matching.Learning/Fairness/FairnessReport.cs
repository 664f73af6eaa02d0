using System.Globalization;
using System.Text;

namespace Matching.Learning.Fairness;

/// <summary>Exposure and outcomes per monitored group, with ratios under the four-fifths threshold flagged.</summary>
public sealed record FairnessReport(DateTimeOffset GeneratedAt, int TopK, int Rankings, int UnmonitoredCandidates, double FlagThreshold, IReadOnlyList<GroupFairness> Groups)
{
    /// <summary>The window's bound: at most this many of the latest rankings are read (0: all, as <c>make fairness</c> does).</summary>
    public int MaxRankings { get; init; }

    /// <summary>Logged rankings older than the window, not in this report.</summary>
    public long RankingsLeftOut { get; init; }

    /// <summary>When the oldest ranking in the window was made (null: no rankings).</summary>
    public DateTimeOffset? WindowStart { get; init; }

    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"fairness over {Rankings} rankings, top-{TopK}; {UnmonitoredCandidates} candidates without monitoring attributes left out; flag below {FlagThreshold:0.00}"));
        text.AppendLine(Invariant($"{"group",-14} | {"pool",6} | {"top-k",6} | {"sel.rate",8} | {"ref.rate",8} | {"ratio",5} | {"outcomes",8} | {"pos.rate",8} | {"ref.rate",8} | {"ratio",5} | flags"));
        foreach (var g in Groups)
        {
            var flags = g.InsufficientData ? "insufficient data"
                : string.Join(", ", new[] { g.ExposureFlagged ? "EXPOSURE < 4/5" : null, g.OutcomeFlagged ? "OUTCOMES < 4/5" : null }.OfType<string>());
            text.AppendLine(Invariant($"{g.Group,-14} | {g.PoolAppearances,6} | {g.TopKAppearances,6} | {g.SelectionRate,8:0.000} | {g.ReferenceSelectionRate,8:0.000} | {g.ExposureRatio,5:0.00} | {g.Outcomes,8} | {g.PositiveRate,8:0.000} | {g.ReferencePositiveRate,8:0.000} | {g.OutcomeRatio,5:0.00} | {flags}"));
        }
        return text.ToString();
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
