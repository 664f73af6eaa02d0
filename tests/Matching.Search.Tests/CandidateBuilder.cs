using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Common;

namespace Matching.Search.Tests;

/// <summary>
/// Builds valid candidate profiles: an active Dalfsen jobseeker on trede 4, 24 hours, 25 km travel, region-wide
/// consent and an empty portfolio, unless a test says otherwise.
/// </summary>
public sealed class CandidateBuilder
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private CandidateProfile _profile;

    private CandidateBuilder(string reference) => _profile = new CandidateProfile
    {
        Reference = reference,
        MunicipalityCode = RegionZwolle.Dalfsen.Code,
        Portfolio = EPortfolio.Empty,
        HomePc4 = Places.Dalfsen,
        Home = Places.Centroid(Places.Dalfsen),
        MaxTravelKm = 25,
        HoursAvailablePerWeek = 24,
        ParticipationStep = 4,
        LanguageLevel = LanguageLevel.B1,
        Category = DalfsenCategory.WerkfitProgressExpected,
        Consent = ConsentScope.Region,
        Status = CandidateStatus.Active,
        UpdatedAt = Now,
    };

    public static CandidateBuilder Candidate(string reference) => new(reference);

    public CandidateBuilder OwnedBy(string municipalityCode) => With(p => p with { MunicipalityCode = municipalityCode });

    public CandidateBuilder LivingIn(string pc4) => With(p => p with { HomePc4 = pc4, Home = Places.Centroid(pc4) });

    public CandidateBuilder Travelling(int maxKm) => With(p => p with { MaxTravelKm = maxKm });

    public CandidateBuilder Consenting(ConsentScope scope) => With(p => p with { Consent = scope });

    public CandidateBuilder WithStatus(CandidateStatus status) => With(p => p with { Status = status });

    public CandidateBuilder OnStep(int step) => With(p => p with { ParticipationStep = step });

    public CandidateBuilder Available(int hoursPerWeek) => With(p => p with { HoursAvailablePerWeek = hoursPerWeek });

    public CandidateBuilder Holding(string code, DateOnly issuedOn, DateOnly? expiresOn = null) =>
        With(p => p with { Certificates = [.. p.Certificates, new HeldCertificate(code, issuedOn, expiresOn)] });

    public CandidateBuilder WithSkills(params string[] skills) =>
        With(p => p with { Portfolio = p.Portfolio with { Skills = [.. p.Portfolio.Skills, .. skills] } });

    public CandidateBuilder WithExperience(Branche branche, string occupation, double years = 2) =>
        With(p => p with
        {
            Portfolio = p.Portfolio with { WorkExperience = [.. p.Portfolio.WorkExperience, new WorkExperience(branche, occupation, years)] },
        });

    public CandidateBuilder InDoelgroepregister() => With(p => p with { Indications = p.Indications with { Doelgroepregister = true } });

    public CandidateBuilder WithBeschutWerkIndication() => With(p => p with { Indications = p.Indications with { BeschutWerk = true } });

    public CandidateProfile Build() => _profile;

    public static implicit operator CandidateProfile(CandidateBuilder builder) => builder.Build();

    private CandidateBuilder With(Func<CandidateProfile, CandidateProfile> change)
    {
        _profile = change(_profile);
        return this;
    }
}
