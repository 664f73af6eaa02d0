using Matching.Domain.Common;
using Matching.Domain.Scoring;

namespace Matching.Domain.Vacancies;

/// <summary>
/// The text a vacancy is matched on: title, description, branche and ESCO's preferred label of its occupation (so a
/// vacancy titled with a synonym meets portfolios that name the occupation itself).
/// </summary>
public static class VacancyText
{
    public static string Of(Vacancy vacancy) =>
        string.Join(' ', new[] { vacancy.Title, vacancy.Description, vacancy.Branche.Dutch(), OccupationFit.OfVacancy(vacancy)?.Occupation.PreferredLabel }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
}
