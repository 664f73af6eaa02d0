using Matching.Learning.Outcomes;
using Matching.Domain.Outcomes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Matching.Workbench.Tests;

/// <summary>
/// End to end in headless Chromium against the all-in-one host on real ports, signing in through the test
/// OpenID Connect provider: every page is screenshotted (TestResults/workbench) and checked with axe-core.
/// </summary>
public sealed class Working_a_vacancy_in_the_browser : IClassFixture<Working_a_vacancy_in_the_browser.Site>
{
    private const string Vacancy = "VAC-0034";
    private readonly Site _site;

    public Working_a_vacancy_in_the_browser(Site site) => _site = site;

    public sealed class Site : IAsyncLifetime
    {
        public TestIdentityProvider Provider { get; private set; } = null!;
        public WorkbenchHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var port = TestIdentityProvider.FreePort();
            Provider = await TestIdentityProvider.StartAsync(new Uri($"http://127.0.0.1:{port}/"));
            Host = new WorkbenchHost(Provider.Authority, demo: false, restPort: port);
            Host.StartServer();
            await Host.SeedDemoDataAsync();
        }

        public async Task DisposeAsync()
        {
            Host.Dispose();
            await Provider.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task A_netwerker_signs_in_ranks_a_vacancy_invites_a_candidate_and_closes_the_follow_up()
    {
        Skip.IfNot(File.Exists(Browser.Chromium), $"{Browser.Chromium} is missing (scripts/install-test-tools.sh installs it).");
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(_site.Host.BaseAddress.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanmelden", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByText("demogebruiker").CountAsync());
        await Browser.CheckAsync(page, "1-aanmelden");

        await SignInAsync(page, "Netwerker Dalfsen");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Vacatures", Exact = true })).ToBeVisibleAsync();
        await Browser.CheckAsync(page, "2-vacatures");

        await page.Locator($"a[href='/vacatures/{Vacancy}']").ClickAsync();
        var cards = page.Locator("article.kaart");
        Assert.True(await cards.CountAsync() > 0, "no ranked candidates shown");
        await Browser.CheckAsync(page, "3-vacature-kandidaten");
        var first = cards.First;
        var reference = (await first.GetAttributeAsync("aria-labelledby"))!["kandidaat-".Length..];

        await first.GetByRole(AriaRole.Button, new() { Name = "Uitgenodigd", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Vastgelegd: Uitgenodigd voor {reference}" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Opvolging", Exact = true }).ClickAsync();
        var followUp = page.Locator("article.kaart", new() { HasText = reference });
        await Assertions.Expect(followUp).ToContainTextAsync("Uitgenodigd");
        await Browser.CheckAsync(page, "4-opvolging");

        await followUp.GetByLabel("Soort plaatsing").SelectOptionAsync(new SelectOptionValue { Label = "reguliere baan" });
        await followUp.GetByRole(AriaRole.Button, new() { Name = "Geplaatst", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Vastgelegd: Geplaatst (reguliere baan) voor {reference}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("article.kaart", new() { HasText = reference })).ToHaveCountAsync(0);

        var recorded = (await _site.Host.Services.GetRequiredService<IOutcomeStore>().AllAsync(default))
            .Where(o => o.CandidateRef == reference && o.VacancyId == Vacancy).OrderBy(o => o.RecordedAt).ToList();
        Assert.Equal([OutcomeKind.Invited, OutcomeKind.Placed], recorded.Select(o => o.Kind));
        Assert.Equal(PlacementKind.Regular, recorded[1].Placement);
        Assert.Contains(await _site.Host.Audit.ForCandidateAsync(reference, default), e => e.Client == "oidc:netwerker-dalfsen" && e.Action == "werkbank:rank");
    }

    [SkippableFact]
    public async Task An_ommen_consultant_cannot_open_a_dalfsen_profile()
    {
        Skip.IfNot(File.Exists(Browser.Chromium), $"{Browser.Chromium} is missing (scripts/install-test-tools.sh installs it).");
        var dalfsen = await DalfsenCandidateAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_site.Host.BaseAddress.ToString());
        await SignInAsync(page, "Consulent Ommen");

        var response = await page.GotoAsync(new Uri(_site.Host.BaseAddress, $"/kandidaten/{dalfsen}").ToString());
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("U kunt dit profiel niet openen.");
        Assert.Equal(0, await page.GetByText($"Kandidaat {dalfsen}").CountAsync());
        await Browser.CheckAsync(page, "5-profiel-geweigerd");
    }

    [SkippableFact]
    public async Task The_netwerker_opens_a_dalfsen_profile_and_works_the_list_by_keyboard()
    {
        Skip.IfNot(File.Exists(Browser.Chromium), $"{Browser.Chromium} is missing (scripts/install-test-tools.sh installs it).");
        var dalfsen = await DalfsenCandidateAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(_site.Host.BaseAddress, $"/kandidaten/{dalfsen}").ToString());
        await SignInAsync(page, "Netwerker Dalfsen");
        // Back where the person was going before signing in.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Kandidaat {dalfsen}" })).ToBeVisibleAsync();
        await Browser.CheckAsync(page, "6-kandidaat");

        await page.GotoAsync(new Uri(_site.Host.BaseAddress, $"/vacatures/{Vacancy}").ToString());
        // The demo vacancies carry an ESCO code: the page names the occupation the ranking used.
        await Assertions.Expect(page.Locator("dt:text-is('Beroep (ESCO)') + dd")).ToContainTextAsync("(code van de vacature)");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Naar de inhoud", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        for (var i = 0; i < 40 && await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()") != "Benaderd"; i++)
            await page.Keyboard.PressAsync("Tab");
        var reference = await page.EvaluateAsync<string>("() => document.activeElement.form.elements['kandidaat'].value");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Vastgelegd: Benaderd voor {reference}" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task The_netwerker_names_the_occupation_a_dalfsen_vacancys_title_does_not()
    {
        Skip.IfNot(File.Exists(Browser.Chromium), $"{Browser.Chromium} is missing (scripts/install-test-tools.sh installs it).");
        using var scope = _site.Host.Services.CreateScope();
        var (vacancy, _, _) = await scope.ServiceProvider.GetRequiredService<Matching.Vacancies.VacancyService>().RegisterAsync(new Domain.Vacancies.VacancyInput
        {
            MunicipalityCode = "GM0148", Employer = "Tuincentrum De Vechtoever", Title = "Allround medewerker", Branche = "Detailhandel",
            Description = "Planten verzorgen, kassadiensten en klanten adviseren.", Postcode = "7721", MinHoursPerWeek = 32, Kind = "Regular",
        }, default);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(_site.Host.BaseAddress, $"/vacatures/{vacancy.Id}").ToString());
        await SignInAsync(page, "Netwerker Dalfsen");
        var occupation = page.Locator("dt:text-is('Beroep (ESCO)') + dd");
        await Assertions.Expect(occupation).ToContainTextAsync("niet herkend uit de titel");

        await page.GetByLabel("Beroep vastleggen (ESCO-code of beroepsnaam)").FillAsync("winkelmedewerker");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beroep vastleggen", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Beroep vastgelegd: winkelmedewerker 5223.6." })).ToBeVisibleAsync();
        await Assertions.Expect(occupation).ToContainTextAsync("winkelmedewerker 5223.6 (code van de vacature)");
        await Browser.CheckAsync(page, "10-beroep-vastgelegd");
    }

    [SkippableFact]
    public async Task The_weekdate_agenda_fits_the_meeting_with_the_rest_behind_meer()
    {
        Skip.IfNot(File.Exists(Browser.Chromium), $"{Browser.Chromium} is missing (scripts/install-test-tools.sh installs it).");
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(_site.Host.BaseAddress.ToString());
        await SignInAsync(page, "Netwerker Dalfsen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Weekdate", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuwe vacatures", Exact = true })).ToBeVisibleAsync();
        var section = page.Locator("section[aria-labelledby='nieuwe-vacatures']");
        // The demo seed registers every vacancy this week: ten on the agenda, the rest behind "meer".
        Assert.Equal(10, await section.Locator(":scope > ol.agenda > li").CountAsync());
        var more = section.Locator("details");
        await Assertions.Expect(more.Locator("summary")).ToContainTextAsync("Meer nieuwe vacatures");
        Assert.False(await more.Locator("article").First.IsVisibleAsync());
        await more.Locator("summary").ClickAsync();
        Assert.True(await more.Locator("article").First.IsVisibleAsync());
        await Assertions.Expect(page.Locator("section[aria-labelledby='bijna'] li").First).ToContainTextAsync("opent");
        await Browser.CheckAsync(page, "7-weekdate");
    }

    [SkippableFact]
    public async Task The_netwerker_finds_vacancies_for_her_candidate_and_the_profiles_to_fix()
    {
        Skip.IfNot(File.Exists(Browser.Chromium), $"{Browser.Chromium} is missing (scripts/install-test-tools.sh installs it).");
        var dalfsen = await ActiveDalfsenCandidateAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(_site.Host.BaseAddress, $"/kandidaten/{dalfsen}").ToString());
        await SignInAsync(page, "Netwerker Dalfsen");

        await page.GetByRole(AriaRole.Link, new() { Name = "Passende vacatures zoeken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Vacatures voor {dalfsen}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("op volgorde van score");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bijna passend: wat één stap opent" })).ToBeVisibleAsync();
        // A near miss opens by keyboard, like every other "meer".
        var nearMiss = page.Locator("section[aria-labelledby='bijna'] details").First;
        if (await nearMiss.CountAsync() > 0)
        {
            await nearMiss.Locator("summary").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            Assert.True(await nearMiss.Locator("a").First.IsVisibleAsync());
        }
        await Browser.CheckAsync(page, "8-kandidaat-vacatures");

        await page.GetByRole(AriaRole.Link, new() { Name = "Profielkwaliteit", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dalfsen", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Heading, new() { Name = "Ommen", Exact = true }).CountAsync());
        var fix = page.Locator("table.aanvullen a").First;
        var reference = (await fix.TextContentAsync())!.Trim();
        Assert.StartsWith("DAL-", reference);
        await Browser.CheckAsync(page, "9-profielkwaliteit");
        await fix.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Kandidaat {reference}" })).ToBeVisibleAsync();
    }

    private async Task<string> ActiveDalfsenCandidateAsync()
    {
        for (var i = 1; i <= 300; i++)
            if (await _site.Host.Candidates.GetAsync($"DAL-{i:000000}") is { Status: Domain.Candidates.CandidateStatus.Active, Certificates.Count: > 0, HoursAvailablePerWeek: >= 24, ParticipationStep: >= 5, MaxTravelKm: >= 20 } c) return c.Reference;
        throw new InvalidOperationException("No active Dalfsen candidate with a certificate in the demo data.");
    }

    private static async Task SignInAsync(IPage page, string person)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden met uw organisatie-account" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = person, Exact = true }).ClickAsync();
        // Back on the workbench once the sign-in redirects are done: the address alone is polled. WaitForURL waits for the
        // page's load event too when the address already matches (even with WaitUntil Commit), which twice timed out on a
        // busy machine after the network had gone idle; the assertions after this wait for what they need themselves.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^(?!.*(/connect/|/aanmelden)).*$"));
    }

    private async Task<string> DalfsenCandidateAsync()
    {
        for (var i = 1; i <= 300; i++)
            if (await _site.Host.Candidates.GetAsync($"DAL-{i:000000}") is { Consent: Domain.Candidates.ConsentScope.OwnMunicipality } c) return c.Reference;
        throw new InvalidOperationException("No Dalfsen candidate with own-municipality consent in the demo data.");
    }
}
