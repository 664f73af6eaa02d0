namespace Matching.Weekdate;

/// <summary>Section 2: a new or changed candidate (what changed) with the best open vacancies for them.</summary>
public sealed record CandidateEntry(
    string CandidateRef,
    string MunicipalityCode,
    int Step,
    string Category,
    IReadOnlyList<string> Changes,
    int EligibleCount,
    IReadOnlyList<ProposedVacancy> Top);
