namespace Matching.Ranking.Audit;

/// <summary>One access to candidate references: who (client and party), when, what for, and which references were shown.</summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Client,
    string Party,
    string Action,
    string? VacancyId,
    string? RankerVersion,
    IReadOnlyList<string> CandidateRefs);
