using Matching.Domain.Common;
using Matching.Domain.Scoring;
using Matching.Domain.Text;

namespace Matching.Domain.Vacancies;

/// <summary>
/// The text a vacancy is matched on: title, description, branche and the words of ESCO's preferred label of its
/// occupation the title does not have (so a vacancy titled with a synonym meets portfolios that name the occupation
/// itself, and one titled with the label does not count its words twice, as the portfolio side does).
/// </summary>
public static class VacancyText
{
    public static string Of(Vacancy vacancy) =>
        string.Join(' ', new[] { vacancy.Title, vacancy.Description, vacancy.Branche.Dutch(), LabelWords(vacancy) }
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string? LabelWords(Vacancy vacancy) =>
        OccupationFit.OfVacancy(vacancy)?.Occupation.PreferredLabel is { } label ? Text.LabelWords.Beyond(vacancy.Title, [label]) : null;
}
