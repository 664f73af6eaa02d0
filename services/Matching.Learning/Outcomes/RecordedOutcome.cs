using Matching.Domain.Outcomes;
using Matching.Domain.Validation;

namespace Matching.Learning.Outcomes;

/// <summary>
/// The result of recording: the stored outcome (and whether it was there before), field errors, or the field whose
/// reference is not available to the caller (<see cref="NotFound"/>: 404 / NOT_FOUND).
/// </summary>
public sealed record RecordedOutcome(MatchOutcome? Outcome, bool AlreadyRecorded, IReadOnlyList<FieldError> Errors, string? NotFound = null);
