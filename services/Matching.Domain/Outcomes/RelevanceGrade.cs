namespace Matching.Domain.Outcomes;

/// <summary>
/// The graded label a learned ranker trains on, from what happened to a pair: placed 4 &gt; invited 3 &gt;
/// interested / contacted 2 &gt; shown 1 &gt; not interested / rejected 0. A placement outweighs everything; otherwise a
/// later "no" (not interested, rejected) undoes an earlier contact, because the match did not work out.
/// </summary>
public static class RelevanceGrade
{
    public const int Max = 4;

    public static int Of(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Placed => 4,
        OutcomeKind.Invited => 3,
        OutcomeKind.Interested or OutcomeKind.Contacted => 2,
        OutcomeKind.Shown => 1,
        _ => 0,
    };

    public static bool IsNegative(OutcomeKind kind) => kind is OutcomeKind.NotInterested or OutcomeKind.RejectedByEmployer;

    public static bool IsPositive(OutcomeKind kind) => kind is OutcomeKind.Interested or OutcomeKind.Invited or OutcomeKind.Placed;

    /// <summary>The label of a pair from all its outcomes (any order).</summary>
    public static int For(IEnumerable<MatchOutcome> outcomes)
    {
        var ordered = outcomes.OrderBy(o => o.OccurredAt).ThenBy(o => o.RecordedAt).ToList();
        if (ordered.Count == 0) return 0;
        if (ordered.Any(o => o.Kind == OutcomeKind.Placed)) return Max;
        var lastNegative = ordered.FindLastIndex(o => IsNegative(o.Kind));
        var after = ordered.Skip(lastNegative + 1).ToList();
        return lastNegative >= 0 && after.All(o => RelevanceGrade.Of(o.Kind) <= 1) ? 0 : after.Max(o => Of(o.Kind));
    }
}
