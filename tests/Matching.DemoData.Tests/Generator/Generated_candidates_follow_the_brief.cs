using Matching.Domain.Candidates;
using Matching.Domain.Certificates;

namespace Matching.DemoData.Tests.Generator;

public class Generated_candidates_follow_the_brief
{
    private static readonly List<CandidateProfile> Profiles =
        new DemoDataGenerator(10_000).Candidates(10_000).Select(Validators.ValidCandidate).ToList();

    [Fact]
    public void Dalfsen_categories_split_about_43_40_17()
    {
        var categorised = Profiles.Where(p => p.Category is not null).ToList();
        Assert.InRange(Share(categorised, p => p.Category!.Value.IsZorg()), 0.40, 0.46);
        Assert.InRange(Share(categorised, p => p.Category!.Value.IsMeedoen()), 0.37, 0.43);
        Assert.InRange(Share(categorised, p => p.Category!.Value.IsWerkfit()), 0.14, 0.20);
    }

    [Fact]
    public void Some_profiles_use_Steenwijkerland_client_groups()
    {
        Assert.InRange(Share(Profiles, p => p.ClientGroup is not null), 0.1, 0.3);
        Assert.All(Profiles, p => Assert.True(p.Category is not null || p.ClientGroup is not null));
    }

    [Fact]
    public void Trede_and_hours_follow_the_category()
    {
        foreach (var p in Profiles.Where(p => p.Category is not null))
        {
            var c = p.Category!.Value;
            if (c.IsZorg()) Assert.InRange(p.ParticipationStep, 1, 2);
            if (c.IsMeedoen()) Assert.InRange(p.ParticipationStep, 2, 4);
            if (c.IsWerkfit())
            {
                Assert.InRange(p.ParticipationStep, 4, 6);
                Assert.InRange(p.HoursAvailablePerWeek, 16, 40);
            }
            Assert.InRange(p.MaxTravelKm, 5, 40);
        }
    }

    [Fact]
    public void Indications_are_about_15_and_3_percent()
    {
        Assert.InRange(Share(Profiles, p => p.Indications.Doelgroepregister), 0.12, 0.18);
        Assert.InRange(Share(Profiles, p => p.Indications.BeschutWerk), 0.015, 0.045);
    }

    [Fact]
    public void Most_speak_Dutch_at_B1_or_better_and_some_at_A1_A2()
    {
        Assert.InRange(Share(Profiles, p => p.LanguageLevel is Domain.Common.LanguageLevel.A1 or Domain.Common.LanguageLevel.A2), 0.1, 0.25);
    }

    [Fact]
    public void Consent_is_mostly_subregional_and_most_are_active()
    {
        Assert.InRange(Share(Profiles, p => p.Consent == ConsentScope.Subregion), 0.6, 0.8);
        Assert.InRange(Share(Profiles, p => p.Status == CandidateStatus.Active), 0.85, 0.95);
    }

    [Fact]
    public void Zwolle_supplies_the_most_candidates()
    {
        var largest = Profiles.GroupBy(p => p.MunicipalityCode).MaxBy(g => g.Count())!.Key;
        Assert.Equal("GM0193", largest);
    }

    [Fact]
    public void Certificates_fit_experience_and_a_share_of_VCA_has_expired()
    {
        var today = DateOnly.FromDateTime(Validators.Now.UtcDateTime);
        var vca = Profiles.SelectMany(p => p.Certificates).Where(c => c.Code is "VCA_BASIS" or "VCA_VOL").ToList();
        Assert.NotEmpty(vca);
        Assert.InRange(vca.Count(c => c.ValidUntil() < today) / (double)vca.Count, 0.1, 0.4);
        Assert.All(Profiles.SelectMany(p => p.Certificates), c => Assert.True(c.IssuedOn <= today));

        var drivers = Profiles.Where(p => p.Certificates.Any(c => c.Code is "RIJBEWIJS_C" or "RIJBEWIJS_CE")).ToList();
        Assert.All(drivers, p => Assert.Contains(p.Portfolio.WorkExperience, w => w.Branche == Domain.Common.Branche.Transport));
        var forklift = Profiles.Where(p => p.Certificates.Any(c => c.Code == "HEFTRUCK")).ToList();
        // Without warehouse experience only Werkfit clients (trede 4-6) get a forklift course from the municipality.
        Assert.All(forklift, p => Assert.True(
            p.ParticipationStep >= 4 || p.Portfolio.WorkExperience.Any(w => w.Branche == Domain.Common.Branche.Logistiek)));
    }

    [Fact]
    public void Work_experience_names_an_ESCO_occupation_of_its_branche()
    {
        foreach (var experience in Profiles.SelectMany(p => p.Portfolio.WorkExperience))
            Assert.Contains(Vocabulary.EscoOccupations.For(experience.Branche), o => o.DutchLabel == experience.Occupation);
        Assert.InRange(Profiles.Max(p => p.Portfolio.WorkExperience.Count), 3, 3);
    }

    private static double Share(IReadOnlyCollection<CandidateProfile> profiles, Func<CandidateProfile, bool> predicate) =>
        profiles.Count(predicate) / (double)profiles.Count;
}
