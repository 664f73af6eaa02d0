using Matching.Domain.Common;
using Matching.Domain.Vacancies;

namespace Matching.Search;

public sealed record VacancyQuery
{
    public IReadOnlyList<VacancyStatus> Statuses { get; init; } = [VacancyStatus.Open];
    /// <summary>Only vacancies registered by this municipality; null for all.</summary>
    public string? MunicipalityCode { get; init; }
    public Branche? Branche { get; init; }
    /// <summary>Only vacancies updated at or after this moment.</summary>
    public DateTimeOffset? UpdatedSince { get; init; }
    public int Size { get; init; } = 100;
}
