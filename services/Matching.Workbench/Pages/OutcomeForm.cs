using Matching.Domain.Common;
using Matching.Domain.Outcomes;
using Matching.Workbench.Labels;

namespace Matching.Workbench.Pages;

/// <summary>The outcome form's fields and their Dutch values, mapped to the outcome path's input (codes never appear on a page).</summary>
public static class OutcomeForm
{
    public static readonly IReadOnlyList<(string Value, OutcomeKind Kind)> Kinds =
    [
        ("benaderd", OutcomeKind.Contacted),
        ("uitgenodigd", OutcomeKind.Invited),
        ("geplaatst", OutcomeKind.Placed),
        ("geen-interesse", OutcomeKind.NotInterested),
        ("afgewezen", OutcomeKind.RejectedByEmployer),
    ];

    public static readonly IReadOnlyList<(string Value, PlacementKind Kind)> Placements =
    [
        ("regulier", PlacementKind.Regular),
        ("loonkostensubsidie", PlacementKind.Loonkostensubsidie),
        ("beschut-werk", PlacementKind.BeschutWerk),
        ("werkervaringsplek", PlacementKind.Werkervaringsplek),
        ("proefplaatsing", PlacementKind.Proefplaatsing),
        ("leerwerkplek", PlacementKind.Leerwerkplek),
        ("vrijwilligerswerk", PlacementKind.Vrijwilligerswerk),
    ];

    public static OutcomeKind? KindOf(string? value) => Kinds.Where(k => k.Value == value).Select(k => (OutcomeKind?)k.Kind).FirstOrDefault();

    public static PlacementKind? PlacementOf(string? value) => Placements.Where(p => p.Value == value).Select(p => (PlacementKind?)p.Kind).FirstOrDefault();

    /// <summary>The open outcomes: the pair still needs a next step, so it is on the follow-up list.</summary>
    public static bool IsOpen(OutcomeKind kind) => kind is OutcomeKind.Contacted or OutcomeKind.Interested or OutcomeKind.Invited;

    public static string Describe(MatchOutcome outcome) =>
        outcome.Placement is { } placement ? $"{DutchLabels.Of(outcome.Kind)} ({DutchLabels.Of(placement)})" : DutchLabels.Of(outcome.Kind);
}
