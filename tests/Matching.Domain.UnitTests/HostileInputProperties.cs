using FsCheck.Xunit;
using Matching.Domain.Candidates;
using Matching.Domain.Outcomes;
using Matching.Domain.Validation;
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

    private static readonly string[] OutcomeFields = ["outcomeId", "vacancyId", "candidateRef", "kind", "placement", "reasonCode", "occurredAt"];

    /// <summary>What Enum.TryParse would widen: numbers, signed numbers, combinations, padded names.</summary>
    private static readonly string[] EnumTricks = ["0", "2", "+1", "-1", " 1", "0x1", "OwnMunicipality,Region", "Subregion, Region", "Region|Subregion", "Regular,Loonkostensubsidie", "1,2"];

    [Property(MaxTest = 500)]
    public bool Enum_fields_accept_declared_names_and_nothing_else(int pick, string? text)
    {
        var value = pick % 2 == 0 ? EnumTricks[Math.Abs(pick % EnumTricks.Length)] : Mix(pick, text);
        return AcceptsOnlyNames<ConsentScope>(value) && AcceptsOnlyNames<VacancyKind>(value) && AcceptsOnlyNames<VacancyStatus>(value)
               && AcceptsOnlyNames<OutcomeKind>(value) && AcceptsOnlyNames<PlacementKind>(value);
    }

    private static bool AcceptsOnlyNames<TEnum>(string? value) where TEnum : struct, Enum
    {
        var check = new FieldChecks();
        var parsed = check.Enum<TEnum>("field", value);
        var isName = value is not null && Enum.GetNames<TEnum>().Any(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        return isName ? check.Errors.Count == 0 && string.Equals(parsed.ToString(), value!.Trim(), StringComparison.OrdinalIgnoreCase)
                      : check.Errors.Count == 1 && check.Errors[0].Field == "field";
    }

    [Property(MaxTest = 500)]
    public bool Outcome_validation_never_throws_names_fields_and_keeps_references_exact(int pick, string? text, string? code, int minutes)
    {
        var input = new OutcomeInput
        {
            OutcomeId = Mix(pick, text),
            VacancyId = Mix(pick + 1, code),
            CandidateRef = pick % 5 == 0 ? "DAL-" + code : Mix(pick + 2, text),
            Kind = pick % 4 == 0 ? EnumTricks[Math.Abs(pick % EnumTricks.Length)] : Mix(pick + 3, code),
            Placement = Mix(pick + 4, code),
            ReasonCode = Mix(pick + 5, text),
            OccurredAt = pick % 7 == 0 ? DateTimeOffset.MinValue : Now.AddMinutes(-(Math.Abs((long)minutes) % 10_000_000)),
        };
        var (draft, errors) = OutcomeValidator.Validate(input, Now);
        return (draft is null) == (errors.Count > 0)
               && errors.All(e => OutcomeFields.Contains(e.Field) && e.Message.Length > 0)
               && (draft is null || (draft.CandidateRef == input.CandidateRef && draft.OutcomeId == input.OutcomeId
                                     && CandidateReference.Pattern().IsMatch(draft.CandidateRef) && draft.OccurredAt >= OutcomeValidator.Earliest));
    }

    [Property(MaxTest = 500)]
    public bool An_accepted_candidate_reference_is_exactly_as_sent_and_in_its_municipalitys_namespace(int pick, string? text, string? code)
    {
        string?[] references = [Mix(pick, text), "DAL-" + code, " DAL-1", "DAL-1 ", "OMM-1", "dal-1", "DAL-", "DAL-1\n", "DAL-" + Mix(pick + 1, text)];
        var reference = references[Math.Abs(pick % references.Length)];
        var input = new CandidateInput
        {
            Reference = reference, MunicipalityCode = "GM0148", Postcode = "7721", MaxTravelKm = 20, HoursAvailablePerWeek = 24,
            ParticipationStep = 5, Category = "WerkfitProgressExpected", LanguageLevel = "B1", Consent = "Subregion",
        };
        var result = Candidates.Validate(input, Now);
        return result.IsValid
            ? result.Value!.Reference == reference && reference!.StartsWith("DAL-", StringComparison.Ordinal) && CandidateReference.Pattern().IsMatch(reference)
            : result.Errors.All(e => e.Field == "reference");
    }
}
