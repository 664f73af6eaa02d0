namespace Matching.Weekdate;

/// <summary>Section 1: a vacancy new or updated this week with its best candidates and how many were eligible.</summary>
public sealed record NewVacancyEntry(VacancyLine Vacancy, int EligibleCount, IReadOnlyList<ProposedCandidate> Top);
