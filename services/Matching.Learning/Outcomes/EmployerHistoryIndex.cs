using System.Collections.Concurrent;
using Matching.Domain.Outcomes;
using Matching.Domain.Scoring;

namespace Matching.Learning.Outcomes;

/// <summary>Positive and negative outcomes per (candidate, employer), counted in memory for the ranking feature.</summary>
public sealed class EmployerHistoryIndex
{
    private readonly ConcurrentDictionary<(string Candidate, string Employer), EmployerHistory> _history = new();

    public static EmployerHistoryIndex From(IEnumerable<MatchOutcome> outcomes)
    {
        var index = new EmployerHistoryIndex();
        foreach (var outcome in outcomes) index.Add(outcome);
        return index;
    }

    public void Add(MatchOutcome outcome)
    {
        var positive = RelevanceGrade.IsPositive(outcome.Kind) ? 1 : 0;
        var negative = RelevanceGrade.IsNegative(outcome.Kind) ? 1 : 0;
        if (positive + negative == 0) return;
        _history.AddOrUpdate((outcome.CandidateRef, Normalise(outcome.Employer)), new EmployerHistory(positive, negative),
            (_, h) => new EmployerHistory(h.Positive + positive, h.Negative + negative));
    }

    public EmployerHistory Of(string candidateRef, string employer) =>
        _history.TryGetValue((candidateRef, Normalise(employer)), out var history) ? history : EmployerHistory.None;

    private static string Normalise(string employer) => employer.Trim().ToLowerInvariant();
}
