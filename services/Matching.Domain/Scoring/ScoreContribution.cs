namespace Matching.Domain.Scoring;

/// <summary>What one factor added to a score: its value in [0, 1], its weight (maximum points) and the points given.</summary>
public sealed record ScoreContribution(string Factor, double Value, double Weight, double Points, string Reason);
