using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Matching.Domain.Candidates;
using Matching.Domain.Outcomes;
using Matching.Learning.Outcomes;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Workbench.Tests;

/// <summary>Kandidaat → vacatures over HTTP (in-process host, demo sign-in): the owner's page, its near misses, tenancy and audit.</summary>
public sealed partial class Finding_vacancies_for_a_candidate : IClassFixture<Securing_the_workbench.DemoHost>
{
    private const string Candidate = "DAL-900010";
    private readonly WorkbenchHost _host;

    public Finding_vacancies_for_a_candidate(Securing_the_workbench.DemoHost host) => _host = host.Host;

    /// <summary>A Dalfsen forklift driver without VCA, and a Dalfsen vacancy that asks for both (her near miss).</summary>
    private async Task<string> RegisterScenarioAsync()
    {
        using var api = _host.CreateClient();
        api.DefaultRequestHeaders.Add("x-api-key", "demo-key-dalfsen");
        using var put = await api.PutAsJsonAsync($"/api/candidates/{Candidate}", new
        {
            municipalityCode = "GM0148", postcode = "7721", maxTravelKm = 20, hoursAvailablePerWeek = 32, participationStep = 5,
            category = "WerkfitProgressExpected", languageLevel = "B1", consent = "Subregion",
            certificates = new[] { new { code = "HEFTRUCK", issuedOn = "2024-03-01" } },
            portfolio = new { workExperience = new[] { new { branche = "Logistiek", occupation = "magazijnier", occupationCode = "9333.8", years = 3, endedYear = 2025 } }, skills = new[] { "orderpicken" } },
        });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        using var post = await api.PostAsJsonAsync("/api/vacancies", new
        {
            municipalityCode = "GM0148", employer = "Distributiecentrum De Vecht", title = "Orderpicker met VCA", branche = "Logistiek",
            description = "Orders verzamelen met de heftruck.", postcode = "7721", minHoursPerWeek = 24, maxHoursPerWeek = 32, kind = "Regular",
            requiredCertificates = new[] { "HEFTRUCK", "VCA_BASIS" }, requiredLanguageLevel = "A2",
        });
        Assert.True(post.IsSuccessStatusCode, await post.Content.ReadAsStringAsync());
        return (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task The_owner_sees_the_best_vacancies_first_with_dutch_chips_and_the_near_miss_a_vca_opens()
    {
        var vcaVacancy = await RegisterScenarioAsync();
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");

        using var response = await client.GetAsync($"/kandidaten/{Candidate}/vacatures");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Vacatures voor {Candidate}", html);
        var scores = ScoreOnCard().Matches(html).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(scores);
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.Contains("chip plus", html);
        Assert.Contains("Heftruckcertificaat", html);
        // The vacancy asking VCA Basis is not on the list, but behind "met VCA Basis".
        Assert.DoesNotContain($"aria-labelledby=\"vacature-{vcaVacancy}\"", html);
        var nearMiss = Regex.Match(html, @"met <strong>VCA Basis</strong>: (\d+) vacatures?</summary>\s*<ul>(.*?)</ul>", RegexOptions.Singleline);
        Assert.True(nearMiss.Success, "no near-miss line for VCA Basis");
        Assert.Contains($"href=\"/vacatures/{vcaVacancy}\"", nearMiss.Groups[2].Value);
        Assert.Equal(int.Parse(nearMiss.Groups[1].Value), Regex.Matches(nearMiss.Groups[2].Value, "<li>").Count);
        Assert.Contains(await _host.Audit.ForCandidateAsync(Candidate, default), e => e.Client == "demo-netwerker-dalfsen" && e.Action == "werkbank:vacatures");
    }

    [Fact]
    public async Task Another_municipality_gets_the_same_dutch_refusal_as_for_an_unknown_reference_and_nothing_is_audited()
    {
        await RegisterScenarioAsync();
        using var ommen = await SignedInClient.AsDemoUserAsync(_host, "demo-consulent-ommen");

        using var notYours = await ommen.GetAsync($"/kandidaten/{Candidate}/vacatures");
        using var unknown = await ommen.GetAsync("/kandidaten/DAL-999999/vacatures");

        Assert.Equal(HttpStatusCode.Forbidden, notYours.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        const string refusal = "U kunt voor deze kandidaat geen vacatures zoeken. Alleen de gemeente van de kandidaat kan dat.";
        Assert.Contains(refusal, await notYours.Content.ReadAsStringAsync());
        Assert.Contains(refusal, await unknown.Content.ReadAsStringAsync());
        Assert.DoesNotContain(await _host.Audit.ForCandidateAsync(Candidate, default), e => e.Client == "demo-consulent-ommen");
    }

    [Fact]
    public async Task The_front_office_acting_for_dalfsen_may_use_it_and_the_profile_links_to_it()
    {
        await RegisterScenarioAsync();
        using var frontOffice = await SignedInClient.AsDemoUserAsync(_host, "demo-wsp-frontoffice");
        Assert.Equal(HttpStatusCode.OK, (await frontOffice.GetAsync($"/kandidaten/{Candidate}/vacatures")).StatusCode);

        using var dalfsen = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        Assert.Contains($"href=\"/kandidaten/{Candidate}/vacatures\"", await dalfsen.GetStringAsync($"/kandidaten/{Candidate}"));
    }

    [Fact]
    public async Task An_outcome_is_recorded_from_a_vacancy_card_and_the_page_says_so()
    {
        await RegisterScenarioAsync();
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        var path = $"/kandidaten/{Candidate}/vacatures";
        var html = await client.GetStringAsync(path);
        var vacancy = CardVacancy().Match(html).Groups[1].Value;
        Assert.Contains($"name=\"kandidaat\" value=\"{Candidate}\"", html);
        var token = await SignedInClient.TokenAsync(client, path);

        using var response = await client.PostAsync("/uitkomst", SignedInClient.Form(("__werkbank_af", token), ("uitkomstId", Guid.NewGuid().ToString("N")),
            ("vacature", vacancy), ("kandidaat", Candidate), ("soort", "uitgenodigd"), ("terug", path)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location!.ToString());
        Assert.Contains($"Vastgelegd: uitgenodigd voor {Candidate} bij vacature {vacancy}.", await client.GetStringAsync(path), StringComparison.OrdinalIgnoreCase);
        var outcomes = await _host.Services.GetRequiredService<IOutcomeStore>().AllAsync(default);
        Assert.Contains(outcomes, o => o.CandidateRef == Candidate && o.VacancyId == vacancy && o.Kind == OutcomeKind.Invited);
    }

    [GeneratedRegex("<article class=\"kaart\" aria-labelledby=\"vacature-([A-Z]+-[0-9]+)\"")]
    private static partial Regex CardVacancy();

    [GeneratedRegex("<span class=\"score\">([0-9]+) punten</span>")]
    private static partial Regex ScoreOnCard();
}
