using Matching.Domain.Candidates;
using Matching.Domain.Common;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

public abstract partial class CandidateIndexConformanceTests
{
    [SkippableFact]
    public async Task Search_returns_only_candidates_with_an_allowed_status()
    {
        await Given(
            Candidate("active-1"),
            Candidate("paused-1").WithStatus(CandidateStatus.Paused),
            Candidate("placed-1").WithStatus(CandidateStatus.Placed));

        Assert.Equal(["active-1"], await ReferencesFound(AskedBy(RegionZwolle.Dalfsen)));
        Assert.Equal(["active-1", "paused-1"], await ReferencesFound(AskedBy(RegionZwolle.Dalfsen) with
        {
            Statuses = [CandidateStatus.Active, CandidateStatus.Paused],
        }));
    }

    public static TheoryData<string, string[]> VisibleCandidatesByRequester => new()
    {
        // Owner sees all its own candidates, whatever the consent.
        { "GM0148", ["dalfsen-own", "dalfsen-region", "dalfsen-subregion"] },
        // Ommen shares Dalfsen's subregion (Vechtdal) and region.
        { "GM0175", ["dalfsen-region", "dalfsen-subregion"] },
        // UWV Zwolle is a partner in the Vechtdal subregion too.
        { "UWV-ZWOLLE", ["dalfsen-region", "dalfsen-subregion"] },
        // Zwolle is in the region but in another subregion.
        { "GM0193", ["dalfsen-region"] },
    };

    [SkippableTheory]
    [MemberData(nameof(VisibleCandidatesByRequester))]
    public async Task Search_returns_only_candidates_whose_consent_covers_the_requester(string requesterCode, string[] expected)
    {
        await Given(
            Candidate("dalfsen-own").OwnedBy(RegionZwolle.Dalfsen.Code).Consenting(ConsentScope.OwnMunicipality),
            Candidate("dalfsen-subregion").OwnedBy(RegionZwolle.Dalfsen.Code).Consenting(ConsentScope.Subregion),
            Candidate("dalfsen-region").OwnedBy(RegionZwolle.Dalfsen.Code).Consenting(ConsentScope.Region));
        var requester = RegionZwolle.Directory.Find(requesterCode)!;

        Assert.Equal(expected, await ReferencesFound(AskedBy(requester)));
    }

    [SkippableFact]
    public async Task Search_applies_consent_across_three_municipalities_exactly_as_the_domain_rule()
    {
        var owners = new[] { RegionZwolle.Dalfsen, RegionZwolle.Ommen, RegionZwolle.Zwolle };
        var profiles = owners
            .SelectMany(owner => Enum.GetValues<ConsentScope>().Select(scope =>
                Candidate($"{owner.Name.ToLowerInvariant()}-{scope}").OwnedBy(owner.Code).Consenting(scope).Build()))
            .ToArray();
        await Given(profiles);

        foreach (var requester in owners)
        {
            var expected = profiles
                .Where(p => p.Consent.Covers(RegionZwolle.Directory.Find(p.MunicipalityCode)!, requester))
                .Select(p => p.Reference)
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, await ReferencesFound(AskedBy(requester)));
        }
    }

    [SkippableFact]
    public async Task Search_excludes_candidate_with_expired_VCA()
    {
        await Given(
            Candidate("vca-expired").Holding("VCA_BASIS", new DateOnly(2012, 3, 1), new DateOnly(2022, 3, 1)),
            Candidate("vca-valid").Holding("VCA_BASIS", new DateOnly(2020, 3, 1)),
            Candidate("no-vca"));

        Assert.Equal(["vca-valid"], await ReferencesFound(AskedBy(RegionZwolle.Dalfsen) with { RequiredCertificates = ["VCA_BASIS"] }));
    }

    [SkippableFact]
    public async Task Search_counts_a_certificate_valid_until_the_day_it_expires()
    {
        await Given(
            Candidate("expires-today").Holding("BHV", Today.AddYears(-1), Today),
            Candidate("expired-yesterday").Holding("BHV", Today.AddYears(-1), Today.AddDays(-1)));

        Assert.Equal(["expires-today"], await ReferencesFound(AskedBy(RegionZwolle.Dalfsen) with { RequiredCertificates = ["BHV"] }));
    }

    [SkippableFact]
    public async Task Search_accepts_VCA_VOL_for_a_VCA_BASIS_requirement()
    {
        await Given(
            Candidate("vca-vol").Holding("VCA_VOL", new DateOnly(2021, 1, 15)),
            Candidate("heftruck").Holding("HEFTRUCK", new DateOnly(2021, 1, 15)));

        Assert.Equal(["vca-vol"], await ReferencesFound(AskedBy(RegionZwolle.Dalfsen) with { RequiredCertificates = ["VCA_BASIS"] }));
    }

    [SkippableFact]
    public async Task Search_accepts_RIJBEWIJS_CE_for_a_RIJBEWIJS_B_requirement_while_valid()
    {
        await Given(
            Candidate("ce-valid").Holding("RIJBEWIJS_CE", new DateOnly(2023, 5, 1)),
            Candidate("ce-expired").Holding("RIJBEWIJS_CE", new DateOnly(2015, 5, 1)),
            Candidate("c95-only").Holding("CODE_95", new DateOnly(2023, 5, 1)));

        Assert.Equal(["ce-valid"], await ReferencesFound(AskedBy(RegionZwolle.Dalfsen) with { RequiredCertificates = ["RIJBEWIJS_B"] }));
    }

    [SkippableFact]
    public async Task Search_treats_certificates_without_expiry_as_always_valid_and_requires_all_codes()
    {
        await Given(
            Candidate("heftruck-and-vca").Holding("HEFTRUCK", new DateOnly(1995, 2, 1)).Holding("VCA_VIL", new DateOnly(2019, 2, 1)),
            Candidate("heftruck-only").Holding("HEFTRUCK", new DateOnly(1995, 2, 1)));

        var query = AskedBy(RegionZwolle.Dalfsen) with { RequiredCertificates = ["HEFTRUCK", "VCA_BASIS"] };

        Assert.Equal(["heftruck-and-vca"], await ReferencesFound(query));
        Assert.Equal(["heftruck-and-vca", "heftruck-only"], await ReferencesFound(query with { RequiredCertificates = ["HEFTRUCK"] }));
    }

    [SkippableFact]
    public async Task Search_keeps_steps_within_the_range_including_both_ends()
    {
        await Given(
            Candidate("step-2").OnStep(2),
            Candidate("step-3").OnStep(3),
            Candidate("step-4").OnStep(4),
            Candidate("step-5").OnStep(5));

        Assert.Equal(["step-3", "step-4"], await ReferencesFound(AskedBy(RegionZwolle.Dalfsen) with { Steps = new StepRange(3, 4) }));
    }

    [SkippableFact]
    public async Task Search_requires_at_least_the_minimum_hours()
    {
        await Given(Candidate("hours-16").Available(16), Candidate("hours-24").Available(24), Candidate("hours-32").Available(32));

        Assert.Equal(["hours-24", "hours-32"], await ReferencesFound(AskedBy(RegionZwolle.Dalfsen) with { MinHoursAvailable = 24 }));
    }

    [SkippableFact]
    public async Task Search_keeps_candidates_whose_own_travel_distance_reaches_the_work_location()
    {
        var distance = Places.DistanceKm(Places.Hardenberg, Places.Dalfsen);
        await Given(
            Candidate("just-inside").LivingIn(Places.Hardenberg).Travelling((int)Math.Ceiling(distance)),
            Candidate("just-outside").LivingIn(Places.Hardenberg).Travelling((int)Math.Floor(distance)),
            Candidate("next-door").LivingIn(Places.Dalfsen).Travelling(1),
            Candidate("maastricht").LivingIn(Places.Maastricht).Travelling(150));

        var query = AskedBy(RegionZwolle.Dalfsen) with { WorkLocation = Places.Centroid(Places.Dalfsen) };

        Assert.Equal(["just-inside", "next-door"], await ReferencesFound(query));
    }

    [SkippableFact]
    public async Task Search_caps_distance_at_MaxDistanceKm_whatever_the_candidates_own_maximum()
    {
        var distance = Places.DistanceKm(Places.Raalte, Places.Dalfsen);
        await Given(
            Candidate("raalte").LivingIn(Places.Raalte).Travelling(100),
            Candidate("dalfsen").LivingIn(Places.Dalfsen).Travelling(100));
        var query = AskedBy(RegionZwolle.Dalfsen) with { WorkLocation = Places.Centroid(Places.Dalfsen) };

        Assert.Equal(["dalfsen", "raalte"], await ReferencesFound(query with { MaxDistanceKm = distance + 0.05 }));
        Assert.Equal(["dalfsen"], await ReferencesFound(query with { MaxDistanceKm = distance - 0.05 }));
    }

    [SkippableFact]
    public async Task Search_finds_a_candidate_whose_travel_distance_exceeds_the_validated_maximum()
    {
        await Given(Candidate("long-commuter").LivingIn(Places.Maastricht).Travelling(300));

        var query = AskedBy(RegionZwolle.Dalfsen) with { WorkLocation = Places.Centroid(Places.Dalfsen) };

        Assert.Equal(["long-commuter"], await ReferencesFound(query));
    }

    [SkippableFact]
    public async Task Search_keeps_only_candidates_of_the_listed_municipalities()
    {
        await Given(
            Candidate("dalfsen-1").OwnedBy(RegionZwolle.Dalfsen.Code),
            Candidate("ommen-1").OwnedBy(RegionZwolle.Ommen.Code),
            Candidate("raalte-1").OwnedBy(RegionZwolle.Raalte.Code));

        var query = AskedBy(RegionZwolle.Dalfsen) with { MunicipalityCodes = [RegionZwolle.Ommen.Code, RegionZwolle.Raalte.Code] };

        Assert.Equal(["ommen-1", "raalte-1"], await ReferencesFound(query));
    }

    [SkippableFact]
    public async Task Search_requires_the_indications_when_asked()
    {
        await Given(
            Candidate("doelgroep").InDoelgroepregister(),
            Candidate("beschut").WithBeschutWerkIndication(),
            Candidate("both").InDoelgroepregister().WithBeschutWerkIndication(),
            Candidate("neither"));
        var query = AskedBy(RegionZwolle.Dalfsen);

        Assert.Equal(["both", "doelgroep"], await ReferencesFound(query with { RequireDoelgroepregister = true }));
        Assert.Equal(["beschut", "both"], await ReferencesFound(query with { RequireBeschutWerkIndication = true }));
    }

    [SkippableFact]
    public async Task Search_never_returns_an_ineligible_candidate_however_well_the_text_matches()
    {
        await Given(
            Candidate("perfect-text-but-paused").WithStatus(CandidateStatus.Paused).WithSkills("heftruck", "magazijn", "orderpicken"),
            Candidate("eligible"));

        var query = AskedBy(RegionZwolle.Dalfsen) with { Text = "heftruck magazijn orderpicken" };

        Assert.Equal(["eligible"], await ReferencesFound(query));
    }
}
