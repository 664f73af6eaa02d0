using System.Text.RegularExpressions;
using Matching.Domain.Parties;
using Matching.Domain.Validation;

namespace Matching.Domain.Outcomes;

/// <summary>
/// Validates an <see cref="OutcomeInput"/>. The employer is not the client's to say: the caller resolves it from the
/// registered vacancy. Field names are camelCase (REST); gRPC maps them to snake_case.
/// </summary>
public static partial class OutcomeValidator
{
    /// <summary>An outcome may be recorded a little ahead of the server clock (clock skew), not in the future.</summary>
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>No outcome predates the Participatiewet (1 January 2015): an earlier date is a default value, not history.</summary>
    public static readonly DateTimeOffset Earliest = new(2015, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static (OutcomeDraft? Draft, IReadOnlyList<FieldError> Errors) Validate(OutcomeInput input, DateTimeOffset now)
    {
        var check = new FieldChecks();
        var id = Id(check, "outcomeId", input.OutcomeId);
        var vacancyId = Id(check, "vacancyId", input.VacancyId);
        var candidateRef = CandidateReference.Check(check, "candidateRef", input.CandidateRef);
        var kind = check.Enum<OutcomeKind>("kind", input.Kind);
        var placement = check.OptionalEnum<PlacementKind>("placement", input.Placement);
        if (kind == OutcomeKind.Placed && placement is null && !string.IsNullOrWhiteSpace(input.Kind) && check.Errors.All(e => e.Field != "placement"))
            check.Add("placement", $"is required when kind is Placed; one of {string.Join(", ", Enum.GetNames<PlacementKind>())}.");
        if (kind != OutcomeKind.Placed && placement is not null)
            check.Add("placement", "is only allowed when kind is Placed.");
        string? reason = null;
        if (!string.IsNullOrWhiteSpace(input.ReasonCode))
        {
            reason = input.ReasonCode.Trim();
            if (!ReasonPattern().IsMatch(reason)) check.Add("reasonCode", "must be 1-64 letters, digits, '_', '-' or '.' (a code, not free text: no personal data).");
        }
        var occurredAt = input.OccurredAt ?? now;
        if (occurredAt > now + AllowedClockSkew) check.Add("occurredAt", "lies in the future.");
        else check.Instant("occurredAt", occurredAt, Earliest, now + AllowedClockSkew);
        if (check.Errors.Count > 0) return (null, check.Errors);
        return (new OutcomeDraft(id, vacancyId, candidateRef, kind, placement, reason, occurredAt.ToUniversalTime()), []);
    }

    private static string Id(FieldChecks check, string field, string? value) =>
        check.Canonical(field, value, IdPattern(), "must be 3-64 letters, digits, '.', '_' or '-', starting with a letter or digit.");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex ReasonPattern();
}

/// <summary>A validated outcome, before the service adds the employer and who recorded it.</summary>
public sealed record OutcomeDraft(string OutcomeId, string VacancyId, string CandidateRef, OutcomeKind Kind, PlacementKind? Placement, string? ReasonCode, DateTimeOffset OccurredAt);
