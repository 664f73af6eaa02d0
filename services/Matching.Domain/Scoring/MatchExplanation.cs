namespace Matching.Domain.Scoring;

/// <summary>
/// Why a candidate is on the list, in the netwerker's words: requirements met, what is missing or weaker,
/// and each factor's points, so a person can check and overrule the ranking (EU AI Act: human oversight).
/// </summary>
public sealed record MatchExplanation(
    string Summary,
    IReadOnlyList<string> Met,
    IReadOnlyList<string> Missing,
    IReadOnlyList<ScoreContribution> Contributions,
    double DistanceKm,
    string HoursFit,
    string StepFit);
