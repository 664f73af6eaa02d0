using Matching.Domain.Scoring;

namespace Matching.Weekdate;

/// <summary>Turns a match explanation into short chips: what is met (minus the consent line, which every shown pair has) and what is missing.</summary>
public static class ExplanationChips
{
    public static IReadOnlyList<Chip> From(MatchExplanation explanation) =>
        explanation.Met
            .Where(m => !m.StartsWith("toestemming", StringComparison.Ordinal))
            .Select(m => new Chip(m, Positive: true))
            .Concat(explanation.Missing.Select(m => new Chip(m, Positive: false)))
            .ToList();
}
