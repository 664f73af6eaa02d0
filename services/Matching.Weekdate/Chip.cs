namespace Matching.Weekdate;

/// <summary>One short explanation item next to a match: something met (positive) or missing/weaker.</summary>
public sealed record Chip(string Text, bool Positive);
