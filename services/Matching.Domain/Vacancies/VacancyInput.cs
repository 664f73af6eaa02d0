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

    /// <summary>The input that saves <paramref name="vacancy"/> again as it stands: a change of one field starts here.</summary>
    public static VacancyInput Of(Vacancy vacancy) => new()
    {
        MunicipalityCode = vacancy.MunicipalityCode,
        Employer = vacancy.Employer,
        Title = vacancy.Title,
        Description = vacancy.Description,
        Branche = vacancy.Branche.ToString(),
        OccupationCode = vacancy.OccupationCode,
        Postcode = vacancy.Pc4,
        MinHoursPerWeek = vacancy.MinHoursPerWeek,
        MaxHoursPerWeek = vacancy.MaxHoursPerWeek,
        Kind = vacancy.Kind.ToString(),
        MinStep = vacancy.Steps.Min,
        MaxStep = vacancy.Steps.Max,
        RequiredCertificates = [.. vacancy.RequiredCertificates],
        DesiredCertificates = [.. vacancy.DesiredCertificates],
        RequiredLanguageLevel = vacancy.RequiredLanguageLevel.ToString(),
        EducationLevel = vacancy.EducationLevel.ToString(),
        StartDate = vacancy.StartDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
