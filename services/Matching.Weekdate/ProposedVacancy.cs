namespace Matching.Weekdate;

/// <summary>An open vacancy proposed for a candidate (the reverse direction), with score and explanation chips.</summary>
public sealed record ProposedVacancy(VacancyLine Vacancy, double Score, IReadOnlyList<Chip> Chips);
