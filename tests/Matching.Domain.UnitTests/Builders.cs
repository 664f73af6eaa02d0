using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Common;
using Matching.Domain.Eligibility;
using Matching.Domain.Geo;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;

namespace Matching.Domain.UnitTests;

/// <summary>Realistic domain objects with one line per variation a test cares about.</summary>
public static class Builders
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static Vacancy Vacancy(string pc4 = "7721", VacancyKind kind = VacancyKind.Regular, string[]? required = null,
        string[]? desired = null, int minHours = 24, int maxHours = 38, LanguageLevel language = LanguageLevel.A2) => new()
    {
        Id = "VAC-1",
        MunicipalityCode = "GM0148",
        Employer = "Transportbedrijf Ter Horst",
        Title = "Heftruckchauffeur",
        Branche = Branche.Logistiek,
        Pc4 = pc4,
        Location = PostcodeGazetteer.Netherlands.Find(pc4)!.Centroid,
        MinHoursPerWeek = minHours,
        MaxHoursPerWeek = maxHours,
        Kind = kind,
        Steps = kind.DefaultSteps(),
        RequiredCertificates = required ?? [],
        DesiredCertificates = desired ?? [],
        RequiredLanguageLevel = language,
    };

    public static CandidateProfile Candidate(string reference = "DAL-1", string pc4 = "7721", int step = 5, int hours = 32,
        int maxTravelKm = 25, double logisticsYears = 0, LanguageLevel language = LanguageLevel.B1,
        ConsentScope consent = ConsentScope.Subregion, string municipality = "GM0148", params HeldCertificate[] certificates) => new()
    {
        Reference = reference,
        MunicipalityCode = municipality,
        HomePc4 = pc4,
        Home = PostcodeGazetteer.Netherlands.Find(pc4)!.Centroid,
        MaxTravelKm = maxTravelKm,
        HoursAvailablePerWeek = hours,
        ParticipationStep = step,
        Category = DalfsenCategory.WerkfitProgressExpected,
        LanguageLevel = language,
        Consent = consent,
        Certificates = certificates,
        Portfolio = EPortfolio.Empty with
        {
            WorkExperience = logisticsYears > 0 ? [new WorkExperience(Branche.Logistiek, "magazijnmedewerker", logisticsYears)] : [],
        },
    };

    public static HeldCertificate Cert(string code, string issued = "2024-01-10", string? expires = null) =>
        new(code, DateOnly.Parse(issued), expires is null ? null : DateOnly.Parse(expires));

    /// <summary>A candidate whose portfolio holds these work experiences and nothing else.</summary>
    public static CandidateProfile WithExperience(params WorkExperience[] experience) =>
        Candidate() with { Portfolio = EPortfolio.Empty with { WorkExperience = experience } };

    /// <summary>The transparent scorer's reason for the occupation factor of this pair, as the netwerker reads it.</summary>
    public static string OccupationReason(string vacancyTitle, CandidateProfile candidate)
    {
        var vacancy = Vacancy() with { Title = vacancyTitle };
        var eligibility = new EligibilityRules(PartyDirectory.RegionZwolleDefault)
            .Evaluate(vacancy, candidate, PartyDirectory.RegionZwolleDefault.Find("GM0148")!, Today);
        return Assert.Single(new TransparentScorer().Score(vacancy, candidate, eligibility, 0, Today).Explanation.Contributions,
            c => c.Factor == "beroep").Reason;
    }

    /// <summary>The ESCO occupation of a code; a mistyped code fails the test here.</summary>
    public static Domain.Occupations.Occupation Named(string code) =>
        Domain.Occupations.OccupationCatalogue.Esco.Find(code) ?? throw new InvalidOperationException($"no ESCO occupation {code}");
}
