namespace Matching.Domain.Outcomes;

/// <summary>
/// One recorded outcome of a proposed (vacancy, candidate) match. Append-only: a later outcome never edits an earlier
/// one; the same <see cref="OutcomeId"/> recorded twice is the same outcome.
/// </summary>
public sealed record MatchOutcome(
    string OutcomeId,
    string VacancyId,
    string CandidateRef,
    string Employer,
    OutcomeKind Kind,
    PlacementKind? Placement,
    string? ReasonCode,
    DateTimeOffset OccurredAt,
    string RecordedBy,
    DateTimeOffset RecordedAt);
