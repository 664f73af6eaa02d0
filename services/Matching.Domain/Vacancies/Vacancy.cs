using Matching.Domain.Common;
using Matching.Domain.Geo;

namespace Matching.Domain.Vacancies;

/// <summary>A vacancy (vacature) an employer offers through the WSP.</summary>
public sealed record Vacancy
{
    public required string Id { get; init; }
    /// <summary>The municipality (WSP member) that registered the vacancy.</summary>
    public required string MunicipalityCode { get; init; }
    public required string Employer { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public Branche Branche { get; init; }
    /// <summary>The ESCO occupation code or uuid the sender gave; null when the normaliser reads it from the title.</summary>
    public string? OccupationCode { get; init; }
    public required string Pc4 { get; init; }
    public GeoPoint Location { get; init; }
    public int MinHoursPerWeek { get; init; }
    public int MaxHoursPerWeek { get; init; }
    public VacancyKind Kind { get; init; }
    /// <summary>Treden the vacancy suits; defaults to the kind's range.</summary>
    public StepRange Steps { get; init; }
    public IReadOnlyList<string> RequiredCertificates { get; init; } = [];
    public IReadOnlyList<string> DesiredCertificates { get; init; } = [];
    public LanguageLevel RequiredLanguageLevel { get; init; }
    public EducationLevel EducationLevel { get; init; }
    public DateOnly? StartDate { get; init; }
    public VacancyStatus Status { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public enum VacancyStatus
{
    Open,
    Filled,
    Closed,
}
