namespace Matching.Learning.Fairness;

/// <summary>One monitored group against the monitored candidates outside it: exposure in the top-k and positive outcomes.</summary>
public sealed record GroupFairness(
    string Group,
    int PoolAppearances,
    int TopKAppearances,
    double SelectionRate,
    double ReferenceSelectionRate,
    double ExposureRatio,
    bool ExposureFlagged,
    int Outcomes,
    int PositiveOutcomes,
    double PositiveRate,
    double ReferencePositiveRate,
    double OutcomeRatio,
    bool OutcomeFlagged,
    bool InsufficientData);
