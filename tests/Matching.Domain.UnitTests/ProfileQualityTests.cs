using Matching.Domain.Candidates;
using Matching.Domain.Common;

namespace Matching.Domain.UnitTests;

public sealed class ProfileQualityTests
{
    private static readonly DateTimeOffset AsOf = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private static CandidateProfile Complete(string reference, string municipality = "GM0148") =>
        Builders.Candidate(reference, logisticsYears: 2, municipality: municipality, certificates: Builders.Cert("HEFTRUCK")) with
        {
            Portfolio = Builders.Candidate(logisticsYears: 2).Portfolio with { EducationLevel = EducationLevel.Mbo2 },
            UpdatedAt = AsOf.AddMonths(-1),
        };

    [Fact]
    public void A_complete_recent_profile_lacks_nothing()
    {
        Assert.Empty(ProfileQuality.GapsOf(Complete("DAL-1"), AsOf));
    }

    [Fact]
    public void Each_missing_thing_is_named_once()
    {
        var empty = Builders.Candidate("DAL-2", hours: 0) with { UpdatedAt = AsOf.AddMonths(-7) };

        Assert.Equal([ProfileGap.Occupation, ProfileGap.Education, ProfileGap.Hours, ProfileGap.Certificates, ProfileGap.Stale],
            ProfileQuality.GapsOf(empty, AsOf));
    }

    [Fact]
    public void Experience_with_an_occupation_code_but_no_text_counts_as_an_occupation()
    {
        var coded = Complete("DAL-3") with
        {
            Portfolio = Complete("DAL-3").Portfolio with { WorkExperience = [new WorkExperience(Branche.Logistiek, "", 2, OccupationCode: "9333.8")] },
        };

        Assert.DoesNotContain(ProfileGap.Occupation, ProfileQuality.GapsOf(coded, AsOf));
    }

    [Fact]
    public void Six_months_to_the_day_is_not_yet_stale()
    {
        Assert.DoesNotContain(ProfileGap.Stale, ProfileQuality.GapsOf(Complete("DAL-4") with { UpdatedAt = AsOf.AddMonths(-6) }, AsOf));
        Assert.Contains(ProfileGap.Stale, ProfileQuality.GapsOf(Complete("DAL-4") with { UpdatedAt = AsOf.AddMonths(-6).AddDays(-1) }, AsOf));
    }

    [Fact]
    public void The_report_counts_only_the_municipality_s_active_profiles_and_lists_most_gaps_first()
    {
        var noEducation = Complete("DAL-5") with { Portfolio = Complete("DAL-5").Portfolio with { EducationLevel = EducationLevel.None } };
        var twoGaps = noEducation with { Reference = "DAL-6", Certificates = [] };
        var paused = twoGaps with { Reference = "DAL-7", Status = CandidateStatus.Paused };
        var ommen = twoGaps with { Reference = "OMM-1", MunicipalityCode = "GM0175" };

        var report = ProfileQuality.For("GM0148", [Complete("DAL-1"), noEducation, twoGaps, paused, ommen], AsOf);

        Assert.Equal(3, report.ActiveProfiles);
        Assert.Equal(["DAL-6", "DAL-5"], report.ToFix.Select(p => p.Reference));
        Assert.Equal(2, report.CountOf(ProfileGap.Education));
        Assert.Equal(1, report.CountOf(ProfileGap.Certificates));
        Assert.Equal(0, report.CountOf(ProfileGap.Stale));
    }
}
