using FsCheck.Xunit;
using Matching.Domain.Candidates;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;
using static Matching.Domain.UnitTests.HostileStrings;

namespace Matching.Domain.UnitTests;

/// <summary>
/// Random and hostile inputs (FsCheck) against the validators: they never throw, never accept garbage silently,
/// and every error names a field of the input.
/// </summary>
public sealed class HostileInputProperties
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private static readonly VacancyValidator Vacancies = new(PartyDirectory.RegionZwolleDefault, PostcodeGazetteer.Netherlands);
    private static readonly CandidateValidator Candidates = new(PartyDirectory.RegionZwolleDefault, PostcodeGazetteer.Netherlands);

    private static readonly string[] VacancyFields =
    [
        "municipalityCode", "employer", "title", "description", "branche", "postcode", "minHoursPerWeek", "maxHoursPerWeek",
        "kind", "minStep", "maxStep", "requiredCertificates", "desiredCertificates", "requiredLanguageLevel", "educationLevel", "startDate",
    ];

    private static readonly string[] CandidateFields =
    [
        "reference", "municipalityCode", "postcode", "maxTravelKm", "hoursAvailablePerWeek", "participationStep", "category", "clientGroup",
        "languageLevel", "portfolio", "certificates", "workshops", "consent", "status",
    ];

    [Property(MaxTest = 500)]
    public bool Vacancy_validation_never_throws_and_names_fields(int pick, string? text, int? hours, int? step, string? code)
    {
        var input = new VacancyInput
        {
            MunicipalityCode = Mix(pick, code),
            Employer = Mix(pick + 1, text),
            Title = Mix(pick + 2, text),
            Description = Mix(pick + 3, text),
            Branche = Mix(pick + 4, code),
            Postcode = Mix(pick + 5, text),
            MinHoursPerWeek = hours,
            MaxHoursPerWeek = hours is null ? null : -hours,
            Kind = Mix(pick + 6, code),
            MinStep = step,
            MaxStep = step is null ? null : step + pick,
            RequiredCertificates = [Mix(pick + 7, code), Mix(pick + 8, text)],
            RequiredLanguageLevel = Mix(pick + 9, code),
            StartDate = Mix(pick + 10, text),
        };
        var result = Vacancies.Validate(input, "VAC-1", Now);
        return result.IsValid != result.Errors.Count > 0
               && result.Errors.All(e => VacancyFields.Any(f => e.Field.StartsWith(f, StringComparison.Ordinal)) && e.Message.Length > 0);
    }

    [Property(MaxTest = 500)]
    public bool Candidate_validation_never_throws_and_names_fields(int pick, string? text, int? number, double? years, string? code)
    {
        var input = new CandidateInput
        {
            Reference = Mix(pick, text),
            MunicipalityCode = Mix(pick + 1, code),
            Postcode = Mix(pick + 2, text),
            MaxTravelKm = number,
            HoursAvailablePerWeek = number is null ? null : number * 7,
            ParticipationStep = number is null ? null : number % 9,
            Category = Mix(pick + 3, code),
            LanguageLevel = Mix(pick + 4, code),
            Consent = Mix(pick + 5, code),
            Certificates = [new CertificateInput(Mix(pick + 6, code), Mix(pick + 7, text), Mix(pick + 8, text)), null],
            Portfolio = new PortfolioInput
            {
                EducationLevel = Mix(pick + 9, code),
                WorkExperience = [new WorkExperienceInput(Mix(pick + 10, code), Mix(pick + 11, text), years)],
                Skills = [Mix(pick + 12, text)],
            },
            Workshops = [Mix(pick + 13, code)],
        };
        var result = Candidates.Validate(input, Now);
        return result.IsValid != result.Errors.Count > 0
               && result.Errors.All(e => CandidateFields.Any(f => e.Field.StartsWith(f, StringComparison.Ordinal)) && e.Message.Length > 0);
    }

    [Property(MaxTest = 300)]
    public bool Accepted_text_never_contains_control_characters(int pick, string? text)
    {
        var input = new VacancyInput
        {
            MunicipalityCode = "GM0148", Employer = Mix(pick, text), Title = Mix(pick + 1, text), Branche = "Bouw",
            Postcode = "7721", MinHoursPerWeek = 20, Kind = "Regular",
        };
        var result = Vacancies.Validate(input, "VAC-1", Now);
        return !result.IsValid || (!result.Value!.Employer.Any(char.IsControl) && !result.Value.Title.Any(char.IsControl)
                                   && result.Value.Title.Length <= 200);
    }
}
