namespace Matching.Domain.Vacancies;

/// <summary>A vacancy as the front office (REST) or a partner (inline gRPC vacancy) sends it, before validation.</summary>
public sealed record VacancyInput
{
    public string? MunicipalityCode { get; init; }
    public string? Employer { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Branche { get; init; }
    /// <summary>Optional ESCO occupation code ("9333.8") or uuid; without it the title is normalised.</summary>
    public string? OccupationCode { get; init; }
    public string? Postcode { get; init; }
    public int? MinHoursPerWeek { get; init; }
    public int? MaxHoursPerWeek { get; init; }
    public string? Kind { get; init; }
    public int? MinStep { get; init; }
    public int? MaxStep { get; init; }
    public IReadOnlyList<string?>? RequiredCertificates { get; init; }
    public IReadOnlyList<string?>? DesiredCertificates { get; init; }
    public string? RequiredLanguageLevel { get; init; }
    public string? EducationLevel { get; init; }
    public string? StartDate { get; init; }
}
