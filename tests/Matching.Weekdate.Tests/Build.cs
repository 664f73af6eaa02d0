using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Common;
using Matching.Domain.Geo;
using Matching.Domain.Vacancies;

namespace Matching.Weekdate.Tests;

/// <summary>
/// Hand-built fixtures in Dalfsen (PC4 7721) and around: a regular logistics job for trede 5-6 and an active Werkfit
/// candidate on trede 5 with 32 hours who can travel 25 km, unless a test says otherwise.
/// </summary>
public static class Build
{
    public const string Dalfsen = "GM0148";
    public const string Ommen = "GM0175";
    public const string Zwolle = "GM0193";
    /// <summary>Wednesday of ISO week 2026-W48 (23-29 November 2026).</summary>
    public static readonly DateTimeOffset InWeek48 = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset InWeek49 = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset LongAgo = new(2026, 9, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Issued = new(2025, 3, 1);

    public static GeoPoint At(string pc4) => PostcodeGazetteer.Netherlands.Find(pc4)!.Centroid;

    public static Vacancy Vacancy(string id, DateTimeOffset updatedAt, params string[] requiredCertificates) => new()
    {
        Id = id,
        MunicipalityCode = Dalfsen,
        Employer = "Transportbedrijf Ter Horst",
        Title = "Magazijnmedewerker " + id,
        Description = "Orders verzamelen en vrachtwagens laden in het magazijn.",
        Branche = Branche.Logistiek,
        Pc4 = "7721",
        Location = At("7721"),
        MinHoursPerWeek = 24,
        MaxHoursPerWeek = 38,
        Kind = VacancyKind.Regular,
        Steps = new StepRange(5, 6),
        RequiredCertificates = requiredCertificates,
        RequiredLanguageLevel = LanguageLevel.A2,
        Status = VacancyStatus.Open,
        UpdatedAt = updatedAt,
    };

    public static CandidateProfile Candidate(string reference, DateTimeOffset updatedAt, params string[] certificates) => new()
    {
        Reference = reference,
        MunicipalityCode = Dalfsen,
        Portfolio = EPortfolio.Empty with { WorkExperience = [new WorkExperience(Branche.Logistiek, "magazijnmedewerker", 2)] },
        Certificates = certificates.Select(c => new HeldCertificate(c, Issued)).ToList(),
        LanguageLevel = LanguageLevel.B1,
        HoursAvailablePerWeek = 32,
        HomePc4 = "7721",
        Home = At("7721"),
        MaxTravelKm = 25,
        ParticipationStep = 5,
        Category = DalfsenCategory.WerkfitProgressExpected,
        Consent = ConsentScope.Subregion,
        Status = CandidateStatus.Active,
        UpdatedAt = updatedAt,
    };
}
