namespace Matching.Contracts;

/// <summary>
/// An outcome of a proposed match was recorded (shown, contacted, interested, not interested, invited, placed,
/// rejected by the employer). Ids, kind and a reason code only: never profile contents or free text.
/// </summary>
public sealed record MatchOutcomeRecorded(
    string OutcomeId,
    string VacancyId,
    string CandidateRef,
    string Kind,
    string? Placement,
    string? ReasonCode,
    DateTimeOffset OccurredAt,
    string RecordedBy);
