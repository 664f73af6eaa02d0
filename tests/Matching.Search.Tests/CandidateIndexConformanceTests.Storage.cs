using Matching.Domain.Candidates;
using Matching.Domain.Common;
using static Matching.Search.Tests.CandidateBuilder;

namespace Matching.Search.Tests;

public abstract partial class CandidateIndexConformanceTests
{
    [SkippableFact]
    public async Task Get_returns_the_whole_profile_as_upserted()
    {
        CandidateProfile profile = Candidate("full-1")
            .WithExperience(Branche.Metaal, "lasser", 3.5)
            .WithSkills("lassen")
            .Holding("VCA_BASIS", new DateOnly(2021, 4, 1), new DateOnly(2031, 4, 1))
            .InDoelgroepregister()
            .LivingIn(Places.Ommen);
        await Given(profile);

        var stored = await Index.GetAsync("full-1");

        Assert.NotNull(stored);
        Assert.Equal(profile.Portfolio.WorkExperience, stored.Portfolio.WorkExperience);
        Assert.Equal(profile.Portfolio.Skills, stored.Portfolio.Skills);
        Assert.Equal(profile.Certificates, stored.Certificates);
        Assert.Equal(profile with { Portfolio = stored.Portfolio, Certificates = stored.Certificates, Workshops = stored.Workshops }, stored);
    }

    [SkippableFact]
    public async Task Get_returns_null_for_an_unknown_reference()
    {
        await Given(Candidate("known-1"));

        Assert.Null(await Index.GetAsync("unknown-1"));
    }

    [SkippableFact]
    public async Task Upsert_replaces_a_profile_with_the_same_reference()
    {
        await Given(Candidate("same-1").Available(16), Candidate("other-1"));
        await Given(Candidate("same-1").Available(32));

        Assert.Equal(2, await Index.CountAsync());
        Assert.Equal(32, (await Index.GetAsync("same-1"))!.HoursAvailablePerWeek);
        Assert.Equal(["other-1", "same-1"], await ReferencesFound(AskedBy(RegionZwolle.Dalfsen)));
        Assert.Equal(["same-1"], await ReferencesFound(AskedBy(RegionZwolle.Dalfsen) with { MinHoursAvailable = 30 }));
    }

    [SkippableFact]
    public async Task Upsert_keeps_the_last_profile_when_a_batch_repeats_a_reference()
    {
        await Given(Candidate("twice-1").OnStep(2), Candidate("twice-1").OnStep(5));

        Assert.Equal(1, await Index.CountAsync());
        Assert.Equal(5, (await Index.GetAsync("twice-1"))!.ParticipationStep);
    }

    [SkippableFact]
    public async Task Count_is_zero_for_a_new_index()
    {
        Assert.Equal(0, await Index.CountAsync());
        Assert.Empty((await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen))).Hits);
    }

    [SkippableFact]
    public async Task Profiles_survive_closing_and_reopening_the_index()
    {
        await Given(Candidate("durable-1").WithSkills("heftruck"), Candidate("durable-2"));

        Reopen();

        Assert.Equal(2, await Index.CountAsync());
        Assert.NotNull(await Index.GetAsync("durable-1"));
        var result = await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen) with { Text = "heftruck" });
        Assert.Equal(["durable-1", "durable-2"], result.Hits.Select(h => h.Profile.Reference));
        await Given(Candidate("durable-1").Available(40));
        Assert.Equal(2, await Index.CountAsync());
    }

    [SkippableFact]
    public async Task Concurrent_upserts_and_searches_all_land()
    {
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 10; i++)
            {
                await Given(Candidate($"conc-{w}-{i}"));
                await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen));
            }
        }));

        await Task.WhenAll(writers);

        Assert.Equal(80, await Index.CountAsync());
        Assert.Equal(80, (await Index.SearchAsync(AskedBy(RegionZwolle.Dalfsen))).TotalEligible);
    }
}
