using Matching.DemoData.Vocabulary;
using Matching.Domain.Vacancies;

namespace Matching.DemoData.Generation;

/// <summary>Builds one vacancy at a time: a fictional employer in a branche, an ESCO title, and requirements to match.</summary>
internal sealed class VacancyFactory(MunicipalityPool pool, DateTexts dates)
{
    public (string Id, VacancyInput Input) Create(DemoRandom random, int sequence)
    {
        var municipality = pool.PickIndex(random);
        var branche = VacancyTables.Branche.Pick(random);
        var kind = VacancyTables.Kind.Pick(random);
        var esco = random.Pick(EscoOccupations.ArrayFor(branche));
        var occupation = esco.DutchLabel;
        var employer = random.Pick(EmployerNames.ArrayFor(branche));
        var title = VacancyTexts.Title(occupation);
        var minHours = random.Pick(VacancyTables.MinHours(kind));
        var maxHours = Math.Min(40, minHours + random.Pick(VacancyTables.ExtraHours));
        var (required, desired) = VacancyCertificates.For(random, branche, occupation, kind);
        var input = new VacancyInput
        {
            OccupationCode = esco.OccupationCode,
            MunicipalityCode = pool.Codes[municipality],
            Employer = employer,
            Title = title,
            Description = VacancyTexts.Description(random, title, employer, BrancheVocabulary.For(branche), kind, required),
            Branche = BrancheNames.Of(branche),
            Postcode = pool.PickPostcode(municipality, random),
            MinHoursPerWeek = minHours,
            MaxHoursPerWeek = maxHours,
            Kind = kind.ToString(),
            RequiredCertificates = required,
            DesiredCertificates = desired,
            RequiredLanguageLevel = VacancyTables.Language.Pick(random),
            EducationLevel = VacancyTables.Education.Pick(random),
            StartDate = random.Chance(0.15) ? null : dates.DaysAhead(random.Next(7, 121)),
        };
        return ($"VAC-{sequence:D4}", input);
    }
}
