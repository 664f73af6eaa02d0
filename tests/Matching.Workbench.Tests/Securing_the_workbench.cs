using System.Net;
using System.Text.RegularExpressions;
using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Outcomes;
using Matching.Domain.Vacancies;
using Matching.Learning.Outcomes;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Workbench.Tests;

/// <summary>The workbench's security and bad-input behaviour over HTTP (in-process host, demo sign-in).</summary>
public sealed partial class Securing_the_workbench : IClassFixture<Securing_the_workbench.DemoHost>
{
    public const string Vacancy = "VAC-0034";
    private readonly WorkbenchHost _host;

    public Securing_the_workbench(DemoHost host) => _host = host.Host;

    public sealed class DemoHost : IDisposable
    {
        public WorkbenchHost Host { get; } = new(authority: null, demo: true);
        public void Dispose() => Host.Dispose();
    }

    [Fact]
    public async Task Without_a_session_every_page_sends_you_to_the_sign_in_page()
    {
        using var client = SignedInClient.Anonymous(_host);
        foreach (var path in new[] { "/", $"/vacatures/{Vacancy}", "/opvolging", "/kandidaten/DAL-000001" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/aanmelden", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task In_demo_mode_the_sign_in_page_offers_the_three_demo_users_marked_as_demo()
    {
        using var client = SignedInClient.Anonymous(_host);
        var html = await client.GetStringAsync("/aanmelden");
        Assert.Contains("Demo: aanmelden als demogebruiker", html);
        foreach (var user in new[] { "demo-netwerker-dalfsen", "demo-consulent-ommen", "demo-wsp-frontoffice" })
            Assert.Contains($"value=\"{user}\"", html);
    }

    [Fact]
    public async Task Without_demo_mode_there_are_no_demo_users_and_the_demo_sign_in_is_refused()
    {
        // An identity provider is configured (never contacted here): the page offers only that.
        using var host = new WorkbenchHost(authority: new Uri("http://127.0.0.1:9/"), demo: false);
        using var client = SignedInClient.Anonymous(host);
        var html = await client.GetStringAsync("/aanmelden");
        Assert.DoesNotContain("demogebruiker", html);
        Assert.DoesNotContain("<form", html);
        Assert.Contains("Aanmelden met uw organisatie-account", html);
        using var response = await client.PostAsync("/aanmelden?handler=Demo", SignedInClient.Form(("gebruiker", "demo-netwerker-dalfsen")));
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("werkbank.sessie", StringComparison.Ordinal)));
        using var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_secure_http_only_and_same_site()
    {
        using var client = SignedInClient.Anonymous(_host);
        var token = await SignedInClient.TokenAsync(client, "/aanmelden");
        using var response = await client.PostAsync("/aanmelden?handler=Demo", SignedInClient.Form(("__werkbank_af", token), ("gebruiker", "demo-netwerker-dalfsen")));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("werkbank.sessie=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("; secure", cookie);
        Assert.Contains("; httponly", cookie);
        Assert.Contains("; samesite=lax", cookie);
    }

    [Fact]
    public async Task Pages_carry_a_content_security_policy_without_script_and_contain_no_script()
    {
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        foreach (var path in new[] { "/aanmelden", "/", $"/vacatures/{Vacancy}", "/opvolging", "/weekdate", "/profielkwaliteit" })
        {
            using var response = await client.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'none'", csp);
            Assert.DoesNotContain("script-src", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_records_nothing()
    {
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        var candidate = await FirstCardAsync(client);
        using var response = await client.PostAsync("/uitkomst", SignedInClient.Form(("uitkomstId", Guid.NewGuid().ToString("N")),
            ("vacature", Vacancy), ("kandidaat", candidate), ("soort", "uitgenodigd")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await OutcomesForAsync(candidate));
    }

    [Fact]
    public async Task An_unknown_vacancy_gets_a_dutch_message()
    {
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        using var response = await client.GetAsync("/vacatures/VAC-9999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Er is geen vacature met nummer VAC-9999.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_week_that_is_not_a_week_gets_a_dutch_message()
    {
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        using var response = await client.GetAsync("/weekdate?week=2026-W77");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Week: vul een week in als 2026-W48", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_outcome_for_a_candidate_the_user_may_not_see_is_refused_in_dutch_and_records_nothing()
    {
        var hidden = await OwnMunicipalityOnlyCandidateAsync("DAL");
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-consulent-ommen");
        var token = await SignedInClient.TokenAsync(client, $"/vacatures/{Vacancy}");
        using var response = await client.PostAsync("/uitkomst", SignedInClient.Form(("__werkbank_af", token), ("uitkomstId", Guid.NewGuid().ToString("N")),
            ("vacature", Vacancy), ("kandidaat", hidden), ("soort", "uitgenodigd"), ("terug", $"/vacatures/{Vacancy}")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains("U kunt voor deze kandidaat geen uitkomst vastleggen. Er is niets vastgelegd.", page);
        Assert.Empty(await OutcomesForAsync(hidden));
    }

    [Theory]
    [InlineData("soort", "Placed", "Onbekende uitkomst")]
    [InlineData("plaatsing", "Regular", "de soort plaatsing. Er is niets vastgelegd.")]
    [InlineData("reden", "vrije tekst met naam", "Onbekende reden")]
    [InlineData("vacature", "VAC-9999", "Deze vacature bestaat niet")]
    public async Task A_tampered_outcome_field_is_refused_in_dutch_and_records_nothing(string field, string value, string message)
    {
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        var candidate = await FirstCardAsync(client);
        var token = await SignedInClient.TokenAsync(client, "/opvolging");
        var fields = new Dictionary<string, string>
        {
            ["__werkbank_af"] = token, ["uitkomstId"] = Guid.NewGuid().ToString("N"), ["vacature"] = Vacancy, ["kandidaat"] = candidate,
            ["soort"] = "geplaatst", ["plaatsing"] = "regulier", ["reden"] = "", ["terug"] = "/opvolging",
        };
        fields[field] = value;
        using var response = await client.PostAsync("/uitkomst", SignedInClient.Form(fields.Select(f => (f.Key, f.Value)).ToArray()));
        var page = await client.GetStringAsync(response.Headers.Location!.ToString());
        Assert.Contains(message, page);
        Assert.Empty(await OutcomesForAsync(candidate));
    }

    [Fact]
    public async Task Every_card_shown_is_in_the_audit_log_under_the_person_who_saw_it()
    {
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-wsp-frontoffice");
        var html = await client.GetStringAsync($"/vacatures/{Vacancy}");
        var shown = CardReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(shown);
        foreach (var reference in shown)
            Assert.Contains(await _host.Audit.ForCandidateAsync(reference, default),
                e => e.Client == "demo-wsp-frontoffice" && e.Action == "werkbank:rank" && e.VacancyId == Vacancy);
    }

    [Fact]
    public async Task Opening_a_profile_is_audited_and_another_municipality_cannot_open_it()
    {
        var reference = await OwnMunicipalityOnlyCandidateAsync("DAL");
        using var dalfsen = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        Assert.Contains($"Kandidaat {reference}", await dalfsen.GetStringAsync($"/kandidaten/{reference}"));
        Assert.Contains(await _host.Audit.ForCandidateAsync(reference, default), e => e.Client == "demo-netwerker-dalfsen" && e.Action == "werkbank:profiel");

        using var ommen = await SignedInClient.AsDemoUserAsync(_host, "demo-consulent-ommen");
        using var response = await ommen.GetAsync($"/kandidaten/{reference}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("U kunt dit profiel niet openen.", page);
        Assert.DoesNotContain(await _host.Audit.ForCandidateAsync(reference, default), e => e.Client == "demo-consulent-ommen");
    }

    [Fact]
    public async Task No_page_shows_an_enum_code()
    {
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        var codes = Enum.GetNames<EducationLevel>().Concat(Enum.GetNames<ConsentScope>()).Concat(Enum.GetNames<DalfsenCategory>())
            .Concat(Enum.GetNames<ClientGroup>()).Concat(Enum.GetNames<VacancyKind>()).Concat(Enum.GetNames<OutcomeKind>()).Concat(Enum.GetNames<PlacementKind>())
            .Concat(Enum.GetNames<CandidateStatus>()).Where(code => code.Any(char.IsUpper) && code.Skip(1).Any(char.IsUpper) || code is "None" or "Regular" or "Region" or "Active")
            .ToHashSet();
        var dalfsen = await OwnMunicipalityOnlyCandidateAsync("DAL");
        foreach (var path in new[] { "/", $"/vacatures/{Vacancy}", "/opvolging", "/weekdate", $"/kandidaten/{dalfsen}", $"/kandidaten/{dalfsen}/vacatures", "/profielkwaliteit" })
        {
            var text = VisibleText(await client.GetStringAsync(path));
            var found = codes.Where(code => Regex.IsMatch(text, $@"\b{code}\b")).ToList();
            Assert.True(found.Count == 0, $"{path} shows codes: {string.Join(", ", found)}");
        }
    }

    private async Task<string> FirstCardAsync(HttpClient client) =>
        CardReference().Match(await client.GetStringAsync($"/vacatures/{Vacancy}")).Groups[1].Value;

    private async Task<IReadOnlyList<MatchOutcome>> OutcomesForAsync(string candidateRef) =>
        (await _host.Services.GetRequiredService<IOutcomeStore>().AllAsync(default)).Where(o => o.CandidateRef == candidateRef).ToList();

    private async Task<string> OwnMunicipalityOnlyCandidateAsync(string prefix)
    {
        for (var i = 1; i <= 300; i++)
            if (await _host.Candidates.GetAsync($"{prefix}-{i:000000}") is { Consent: ConsentScope.OwnMunicipality, Status: CandidateStatus.Active } c) return c.Reference;
        throw new InvalidOperationException($"The demo data has no active {prefix} candidate with own-municipality consent.");
    }

    /// <summary>The text a reader sees: tags, attribute values and hidden form values dropped.</summary>
    private static string VisibleText(string html) => Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), @"\s+", " ");

    [GeneratedRegex("<article class=\"kaart\" aria-labelledby=\"kandidaat-([A-Z]{3}-[0-9]+)\"")]
    private static partial Regex CardReference();
}
