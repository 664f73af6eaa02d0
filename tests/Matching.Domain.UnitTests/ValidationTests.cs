using Matching.Domain.Candidates;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;

namespace Matching.Domain.UnitTests;

public sealed class ValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly VacancyValidator _vacancies = new(PartyDirectory.RegionZwolleDefault, PostcodeGazetteer.Netherlands);
    private readonly CandidateValidator _candidates = new(PartyDirectory.RegionZwolleDefault, PostcodeGazetteer.Netherlands);

    private static VacancyInput ValidVacancy() => new()
    {
        MunicipalityCode = "GM0148",
        Employer = "Bouwbedrijf Dijkhuis",
        Title = "Timmerman",
        Branche = "bouw",
        Postcode = "7721ab",
        MinHoursPerWeek = 32,
        Kind = "Werkervaringsplek",
        RequiredCertificates = ["vca_basis"],
    };

    private static CandidateInput ValidCandidate() => new()
    {
        Reference = "DAL-000123",
        MunicipalityCode = "GM0148",
        Postcode = "7722",
        MaxTravelKm = 20,
        HoursAvailablePerWeek = 24,
        ParticipationStep = 4,
        Category = "MeedoenProgressExpected",
        LanguageLevel = "A2",
        Consent = "Subregion",
        Certificates = [new CertificateInput("HEFTRUCK", "2022-04-01", null)],
    };

    private static string[] Fields<T>(Validation.Validated<T> result) where T : class => result.Errors.Select(e => e.Field).ToArray();

    [Fact]
    public void A_valid_vacancy_is_normalised_and_defaults_its_steps_to_the_kind()
    {
        var result = _vacancies.Validate(ValidVacancy(), "VAC-1", Now);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var vacancy = result.Value!;
        Assert.Equal("7721", vacancy.Pc4);
        Assert.Equal(new Common.StepRange(3, 4), vacancy.Steps);
        Assert.Equal(["VCA_BASIS"], vacancy.RequiredCertificates);
        Assert.Equal(32, vacancy.MaxHoursPerWeek);
        Assert.InRange(vacancy.Location.Latitude, 52.4, 52.6);
    }

    [Fact]
    public void A_vacancy_saved_again_from_its_own_input_comes_back_the_same()
    {
        var full = ValidVacancy() with
        {
            Description = "Bekisting maken.", OccupationCode = "7115.1", MaxHoursPerWeek = 38, MinStep = 3, MaxStep = 5,
            DesiredCertificates = ["heftruck"], RequiredLanguageLevel = "B1", EducationLevel = "Mbo2", StartDate = "2027-01-04",
        };
        var first = _vacancies.Validate(full, "VAC-1", Now).Value!;

        var again = _vacancies.Validate(VacancyInput.Of(first), "VAC-1", Now.AddDays(1)).Value!;

        Assert.Equal(first with { UpdatedAt = again.UpdatedAt, RequiredCertificates = again.RequiredCertificates, DesiredCertificates = again.DesiredCertificates }, again);
        Assert.Equal(first.RequiredCertificates, again.RequiredCertificates);
        Assert.Equal(first.DesiredCertificates, again.DesiredCertificates);
        Assert.Equal(new DateOnly(2027, 1, 4), again.StartDate);
        Assert.Equal("7115.1", again.OccupationCode);
    }

    [Fact]
    public void Every_bad_vacancy_field_is_named()
    {
        var result = _vacancies.Validate(ValidVacancy() with
        {
            MunicipalityCode = "GM9999",
            Title = new string('x', 201),
            Branche = "3",
            Postcode = "0123",
            MinHoursPerWeek = 40,
            MaxHoursPerWeek = 20,
            MinStep = 0,
            RequiredCertificates = ["VCA_PLATINA", "VCA_BASIS"],
            DesiredCertificates = ["VCA_BASIS"],
            StartDate = "31-12-2026",
            Description = "tekst\u0000met nul",
        }, "VAC-1", Now);

        Assert.False(result.IsValid);
        Assert.Equal(
            ["branche", "description", "desiredCertificates", "maxHoursPerWeek", "minStep", "municipalityCode", "postcode", "requiredCertificates[0]", "startDate", "title"],
            Fields(result).Distinct().Order());
    }

    [Fact]
    public void A_valid_candidate_keeps_only_the_pc4_of_the_home_address()
    {
        var result = _candidates.Validate(ValidCandidate() with { Postcode = "7722 KL" }, Now);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal("7722", result.Value!.HomePc4);
        Assert.Equal(CandidateStatus.Active, result.Value.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void A_trede_outside_1_to_6_is_rejected(int step)
    {
        var result = _candidates.Validate(ValidCandidate() with { ParticipationStep = step }, Now);
        Assert.Equal(["participationStep"], Fields(result));
    }

    [Fact]
    public void Every_bad_candidate_field_is_named()
    {
        var result = _candidates.Validate(ValidCandidate() with
        {
            Reference = "a b",
            MunicipalityCode = "UWV-ZWOLLE",
            MaxTravelKm = 500,
            HoursAvailablePerWeek = -4,
            LanguageLevel = "Z9",
            Consent = "Everyone",
            Certificates = [new CertificateInput("HEFTRUCK", "2030-01-01", null), new CertificateInput("VCA_BASIS", "2020-01-01", "2019-01-01"), null],
            Portfolio = new PortfolioInput { WorkExperience = [new WorkExperienceInput("Logistiek", "orderpicker", -1)] },
            Workshops = ["Breien"],
        }, Now);

        Assert.Equal(
            ["certificates[0].issuedOn", "certificates[1].expiresOn", "certificates[2]", "consent", "hoursAvailablePerWeek", "languageLevel",
             "maxTravelKm", "municipalityCode", "portfolio.workExperience[0].years", "reference", "workshops[0]"],
            Fields(result).Distinct().Order());
    }

    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456789", false)]
    [InlineData("DAL-111222333", false)]
    public void A_reference_passing_the_elfproef_is_taken_for_a_BSN(string reference, bool looksLikeBsn) =>
        Assert.Equal(looksLikeBsn, CandidateValidator.LooksLikeBsn(reference));

    [Fact]
    public void A_candidate_without_any_category_is_rejected()
    {
        var result = _candidates.Validate(ValidCandidate() with { Category = null, ClientGroup = null }, Now);
        Assert.Equal(["category"], Fields(result));
    }
}
