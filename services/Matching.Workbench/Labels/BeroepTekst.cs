using Matching.Domain.Occupations;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;

namespace Matching.Workbench.Labels;

/// <summary>
/// The ESCO occupation the ranking reads a vacancy as, with how sure it is ("heftruckchauffeur 8344.1 (uit de titel
/// gelezen, zekerheid 0,75)"), so the netwerker sees why candidates of an occupation rank high and can have a wrong reading corrected.
/// </summary>
public static class BeroepTekst
{
    public static string Of(Vacancy vacancy) => OccupationFit.OfVacancy(vacancy) is { } reading
        ? $"{reading.Occupation.PreferredLabel} {reading.Occupation.Code}" + (reading.Source == OccupationSource.Code
            ? " (code van de vacature)"
            : $" (uit de titel gelezen, zekerheid {reading.Confidence:0.00})")
        : "niet herkend uit de titel: wie deze functie of al haar woorden noemt, telt als zelfde werk; wie een deel van de woorden noemt, telt half";
}
