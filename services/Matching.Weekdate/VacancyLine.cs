using Matching.Domain.Common;
using Matching.Domain.Vacancies;

namespace Matching.Weekdate;

/// <summary>What the meeting needs to recognise a vacancy.</summary>
public sealed record VacancyLine(string Id, string Title, string Employer, Branche Branche, VacancyKind Kind, StepRange Steps, string MunicipalityCode)
{
    public static VacancyLine From(Vacancy v) => new(v.Id, v.Title, v.Employer, v.Branche, v.Kind, v.Steps, v.MunicipalityCode);
}
