using System.Net;
using System.Net.Http.Json;

namespace Matching.Workbench.Tests;

/// <summary>Profielkwaliteit over HTTP (in-process host, demo sign-in): own profiles to fix, linked, audited, never another municipality's.</summary>
public sealed class Checking_profile_quality : IClassFixture<Securing_the_workbench.DemoHost>
{
    private const string Bare = "DAL-900020";
    private readonly WorkbenchHost _host;

    public Checking_profile_quality(Securing_the_workbench.DemoHost host) => _host = host.Host;

    /// <summary>A Dalfsen profile with hours but no occupation, education or certificate.</summary>
    private async Task RegisterBareProfileAsync()
    {
        using var api = _host.CreateClient();
        api.DefaultRequestHeaders.Add("x-api-key", "demo-key-dalfsen");
        using var put = await api.PutAsJsonAsync($"/api/candidates/{Bare}", new
        {
            municipalityCode = "GM0148", postcode = "7721", maxTravelKm = 15, hoursAvailablePerWeek = 24, participationStep = 4,
            category = "MeedoenProgressExpected", languageLevel = "A2", consent = "Region", portfolio = new { skills = new[] { "schoonmaken" } },
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_netwerker_sees_what_her_own_profiles_lack_with_a_link_to_each_profile()
    {
        await RegisterBareProfileAsync();
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");

        using var response = await client.GetAsync("/profielkwaliteit");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 id=\"gemeente-GM0148\">Dalfsen</h2>", html);
        Assert.DoesNotContain("gemeente-GM0175", html);
        Assert.Contains($"<td><a href=\"/kandidaten/{Bare}\">{Bare}</a></td>", html);
        Assert.Contains("<td>geen beroep, geen opleiding, geen certificaten</td>", html);
        Assert.Contains(await _host.Audit.ForCandidateAsync(Bare, default), e => e.Client == "demo-netwerker-dalfsen" && e.Action == "werkbank:profielkwaliteit");
    }

    [Fact]
    public async Task Another_municipality_sees_only_its_own_profiles()
    {
        await RegisterBareProfileAsync();
        using var ommen = await SignedInClient.AsDemoUserAsync(_host, "demo-consulent-ommen");

        var html = await ommen.GetStringAsync("/profielkwaliteit");

        Assert.Contains("<h2 id=\"gemeente-GM0175\">Ommen</h2>", html);
        Assert.DoesNotContain("gemeente-GM0148", html);
        Assert.DoesNotContain("DAL-", html);
        Assert.DoesNotContain(await _host.Audit.ForCandidateAsync(Bare, default), e => e.Client == "demo-consulent-ommen");
    }

    [Fact]
    public async Task The_front_office_sees_every_municipality_it_acts_for()
    {
        using var frontOffice = await SignedInClient.AsDemoUserAsync(_host, "demo-wsp-frontoffice");

        var html = await frontOffice.GetStringAsync("/profielkwaliteit");

        foreach (var code in new[] { "GM0193", "GM0148", "GM0175", "GM0160", "GM0177" })
            Assert.Contains($"id=\"gemeente-{code}\"", html);
    }

    [Fact]
    public async Task The_weekdate_agenda_has_a_profielkwaliteit_section_and_says_how_long_candidates_wait()
    {
        await RegisterBareProfileAsync();
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");

        var html = await client.GetStringAsync("/weekdate");

        Assert.Contains("<h2 id=\"profielkwaliteit\">", html);
        Assert.Contains("<a href=\"/profielkwaliteit\">", html);
        // The demo data says since when each candidate waits.
        Assert.Matches(@"wacht ([0-9]+ maanden|1 maand|minder dan een maand)", html);
    }
}
