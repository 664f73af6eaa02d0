namespace Matching.Domain.Outcomes;

/// <summary>An outcome as a client sends it (REST body or gRPC request): strings, validated by <see cref="OutcomeValidator"/>.</summary>
public sealed record OutcomeInput
{
    public string? OutcomeId { get; init; }
    public string? VacancyId { get; init; }
    public string? CandidateRef { get; init; }
    public string? Kind { get; init; }
    public string? Placement { get; init; }
    public string? ReasonCode { get; init; }
    /// <summary>When it happened; the time of recording when absent.</summary>
    public DateTimeOffset? OccurredAt { get; init; }
}
