using Matching.Domain.Outcomes;
using Matching.Domain.Validation;

namespace Matching.Learning.Outcomes;

/// <summary>The result of recording: the stored outcome (and whether it was there before), or field errors.</summary>
public sealed record RecordedOutcome(MatchOutcome? Outcome, bool AlreadyRecorded, IReadOnlyList<FieldError> Errors);
