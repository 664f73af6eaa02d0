using Matching.Domain.Common;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.Domain.Validation;

namespace Matching.Domain.Vacancies;

/// <summary>Turns a <see cref="VacancyInput"/> into a <see cref="Vacancy"/>, or into errors naming each bad field.</summary>
public sealed class VacancyValidator(PartyDirectory parties, PostcodeGazetteer gazetteer)
{
    public const int MaxDescriptionLength = 5000;
    public const int MaxHoursPerWeek = 60;

    public Validated<Vacancy> Validate(VacancyInput input, string id, DateTimeOffset now)
    {
        var check = new FieldChecks();
        var municipality = check.Text("municipalityCode", input.MunicipalityCode, 20);
        if (municipality.Length > 0 && !parties.IsKnown(municipality))
            check.Add("municipalityCode", $"'{municipality}' is not a known party of the region.");
        var employer = check.Text("employer", input.Employer, FieldChecks.MaxShortText);
        var title = check.Text("title", input.Title, FieldChecks.MaxShortText);
        var description = check.Text("description", input.Description, MaxDescriptionLength, required: false, multiline: true);
        var branche = check.Enum<Branche>("branche", input.Branche);
        var occupationCode = check.OccupationCode("occupationCode", input.OccupationCode);
        var area = gazetteer.Find(input.Postcode);
        if (area is null)
            check.Add("postcode", string.IsNullOrWhiteSpace(input.Postcode) ? "is required." : "is not a known Dutch postcode (1234 or 1234 AB).");
        var minHours = check.Int("minHoursPerWeek", input.MinHoursPerWeek, 1, MaxHoursPerWeek);
        var maxHours = check.Int("maxHoursPerWeek", input.MaxHoursPerWeek, 1, MaxHoursPerWeek, fallback: minHours);
        if (maxHours < minHours) check.Add("maxHoursPerWeek", $"must be at least minHoursPerWeek ({minHours}).");
        var kind = check.Enum<VacancyKind>("kind", input.Kind);
        var defaults = kind.DefaultSteps();
        var steps = new StepRange(
            check.Int("minStep", input.MinStep, StepRange.LowestStep, StepRange.HighestStep, fallback: defaults.Min),
            check.Int("maxStep", input.MaxStep, StepRange.LowestStep, StepRange.HighestStep, fallback: defaults.Max));
        if (steps.Min > steps.Max) check.Add("maxStep", $"must be at least minStep ({steps.Min}).");
        var required = check.CertificateCodes("requiredCertificates", input.RequiredCertificates);
        var desired = check.CertificateCodes("desiredCertificates", input.DesiredCertificates);
        foreach (var both in desired.Intersect(required))
            check.Add("desiredCertificates", $"'{both}' is already required.");
        var language = check.Enum("requiredLanguageLevel", input.RequiredLanguageLevel, (LanguageLevel?)LanguageLevel.None);
        var education = check.Enum("educationLevel", input.EducationLevel, (EducationLevel?)EducationLevel.None);
        var startDate = check.Date("startDate", input.StartDate);

        if (check.Errors.Count > 0) return Validated<Vacancy>.Failed(check.Errors);
        return Validated<Vacancy>.Ok(new Vacancy
        {
            Id = id,
            MunicipalityCode = municipality,
            Employer = employer,
            Title = title,
            Description = description,
            Branche = branche,
            OccupationCode = occupationCode,
            Pc4 = area!.Pc4,
            Location = area.Centroid,
            MinHoursPerWeek = minHours,
            MaxHoursPerWeek = maxHours,
            Kind = kind,
            Steps = steps,
            RequiredCertificates = required,
            DesiredCertificates = desired,
            RequiredLanguageLevel = language,
            EducationLevel = education,
            StartDate = startDate,
            Status = VacancyStatus.Open,
            UpdatedAt = now,
        });
    }
}
