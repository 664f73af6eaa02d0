using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Geo;
using Matching.Domain.Outcomes;
using Matching.Domain.Vacancies;

namespace Matching.Learning.Tests;

public static class Builders
{
    public static readonly DateOnly Today = new(2026, 3, 1);

    public static Vacancy Vacancy() => new()
    {
        Id = "VAC-1", MunicipalityCode = "GM0148", Employer = "Ter Horst", Title = "Magazijnmedewerker", Branche = Branche.Logistiek,
        Pc4 = "7721", Location = new GeoPoint(52.51, 6.26), MinHoursPerWeek = 24, MaxHoursPerWeek = 38, Kind = VacancyKind.Regular,
        Steps = new StepRange(4, 6), DesiredCertificates = ["VCA_BASIS"], RequiredLanguageLevel = LanguageLevel.A2,
    };

    public static CandidateProfile Candidate(string reference = "DAL-1") => new()
    {
        Reference = reference, MunicipalityCode = "GM0148", HomePc4 = "7722", Home = new GeoPoint(52.52, 6.30), MaxTravelKm = 20,
        HoursAvailablePerWeek = 32, ParticipationStep = 5, LanguageLevel = LanguageLevel.B1, Category = DalfsenCategory.WerkfitProgressExpected,
        Portfolio = new EPortfolio(EducationLevel.Vmbo, [], [new WorkExperience(Branche.Logistiek, "magazijnmedewerker", 2)], ["heftruck"], []),
        UpdatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public static MatchOutcome Outcome(string id, OutcomeKind kind, string vacancy = "VAC-1", string candidate = "DAL-1", int minute = 0) =>
        new(id, vacancy, candidate, "Ter Horst", kind, kind == OutcomeKind.Placed ? PlacementKind.Regular : null, null,
            new DateTimeOffset(2026, 2, 1, 9, minute, 0, TimeSpan.Zero), "GM0148", new DateTimeOffset(2026, 2, 1, 9, minute, 0, TimeSpan.Zero));
}
