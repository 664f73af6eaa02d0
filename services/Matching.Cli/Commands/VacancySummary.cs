namespace Matching.Cli.Commands;

/// <summary>The fields of a vacancy from GET /api/vacancies that the list shows; other fields are ignored.</summary>
public sealed record VacancySummary(
    string Id,
    string? Title,
    string? Employer,
    string? Kind,
    string? Branche,
    string? Pc4,
    string? MunicipalityCode,
    int MinHoursPerWeek,
    int MaxHoursPerWeek,
    string? Status);
