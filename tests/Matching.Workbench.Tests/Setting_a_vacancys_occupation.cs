using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Matching.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Workbench.Tests;

/// <summary>
/// A vacancy whose title names no job ("Allround medewerker") gets its ESCO occupation from its own municipality's
/// netwerker on the vacancy page, over HTTP (in-process host, demo sign-in): stored through the vacancy write path,
/// refused with a reason and nothing changed for another municipality, a person without the right to write, or a name
/// that is no occupation.
/// </summary>
public sealed partial class Setting_a_vacancys_occupation : IClassFixture<Securing_the_workbench.DemoHost>
{
    private readonly WorkbenchHost _host;

    public Setting_a_vacancys_occupation(Securing_the_workbench.DemoHost host) => _host = host.Host;

    private async Task<string> RegisterAsync(string apiKey, string municipality)
    {
        using var api = _host.CreateClient();
        api.DefaultRequestHeaders.Add("x-api-key", apiKey);
        using var post = await api.PostAsJsonAsync("/api/vacancies", new
        {
            municipalityCode = municipality, employer = "Thuiszorg Het Vechtdal", title = "Allround medewerker", branche = "Zorg",
            description = "Je maakt het huis schoon bij vaste cliënten en doet soms de boodschappen.", postcode = "7721",
            minHoursPerWeek = 12, maxHoursPerWeek = 24, kind = "Regular", startDate = "2027-02-01",
        });
        Assert.True(post.IsSuccessStatusCode, await post.Content.ReadAsStringAsync());
        return (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private Task<Domain.Vacancies.Vacancy?> StoredAsync(string id) => _host.Services.GetRequiredService<IVacancyIndex>().GetAsync(id, default);

    /// <summary>Posts the occupation form as a browser would: with the antiforgery token and the version the page showed (when it shows the form).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string id, params (string Key, string Value)[] fields) =>
        await PostFromAsync(client, id, await client.GetStringAsync($"/vacatures/{id}"), fields);

    private static async Task<HttpResponseMessage> PostFromAsync(HttpClient client, string id, string page, params (string Key, string Value)[] fields)
    {
        var token = await SignedInClient.TokenAsync(client, $"/vacatures/{id}");
        (string, string)[] version = VersionField().Match(page) is { Success: true } m ? [("versie", m.Groups[1].Value)] : [];
        return await client.PostAsync($"/vacatures/{id}?handler=Beroep", SignedInClient.Form([("__werkbank_af", token), .. version, .. fields]));
    }

    [GeneratedRegex("name=\"versie\" value=\"([0-9]+)\"")]
    private static partial Regex VersionField();

    [Fact]
    public async Task The_owner_names_the_occupation_and_the_page_ranks_by_it_until_it_is_taken_away_again()
    {
        var id = await RegisterAsync("demo-key-dalfsen", "GM0148");
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        var before = await client.GetStringAsync($"/vacatures/{id}");
        Assert.Contains("niet herkend uit de titel", before);
        Assert.Contains("Beroep vastleggen", before);

        using var response = await PostAsync(client, id, ("beroep", "huishoudelijke hulp"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/vacatures/{id}", response.Headers.Location!.ToString());
        var after = await client.GetStringAsync($"/vacatures/{id}");
        Assert.Contains("Beroep vastgelegd: interieurverzorger 9111.1.", after);
        Assert.Contains("interieurverzorger 9111.1 (code van de vacature)", after);
        var stored = await StoredAsync(id);
        Assert.Equal("9111.1", stored!.OccupationCode);
        Assert.Equal(("Allround medewerker", 12, 24, new DateOnly(2027, 2, 1)), (stored.Title, stored.MinHoursPerWeek, stored.MaxHoursPerWeek, stored.StartDate));

        using var cleared = await PostAsync(client, id, ("beroep", "9111.1"), ("wissen", "1"));

        Assert.Contains("Het beroep wordt weer uit de titel gelezen.", await client.GetStringAsync($"/vacatures/{id}"));
        Assert.Null((await StoredAsync(id))!.OccupationCode);
    }

    [Fact]
    public async Task A_page_opened_before_another_change_cannot_undo_it()
    {
        var id = await RegisterAsync("demo-key-dalfsen", "GM0148");
        using var first = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        using var second = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        var seenBySecond = await second.GetStringAsync($"/vacatures/{id}");

        using var saved = await PostAsync(first, id, ("beroep", "huishoudelijke hulp"));
        using var late = await PostFromAsync(second, id, seenBySecond, ("beroep", "9112.2"));

        var page = WebUtility.HtmlDecode(await second.GetStringAsync($"/vacatures/{id}"));
        Assert.Contains($"Vacature {id} is gewijzigd nadat u deze pagina opende", page);
        Assert.Contains("Er is niets gewijzigd.", page);
        Assert.Equal("9111.1", (await StoredAsync(id))!.OccupationCode);

        using var form = await second.PostAsync($"/vacatures/{id}?handler=Beroep",
            SignedInClient.Form(("__werkbank_af", await SignedInClient.TokenAsync(second, $"/vacatures/{id}")), ("beroep", "9112.2")));
        Assert.Contains("Het formulier mist de versie van de vacature", WebUtility.HtmlDecode(await second.GetStringAsync($"/vacatures/{id}")));
        Assert.Equal("9111.1", (await StoredAsync(id))!.OccupationCode);
    }

    [Theory]
    [InlineData("xyzzy", "Beroep: 'xyzzy' is geen ESCO-code en geen beroepsnaam die wij kennen.")]
    [InlineData("", "Beroep: vul een ESCO-code (bijvoorbeeld 9111.1) of een beroepsnaam in.")]
    [InlineData("schoonmaker bij particulieren thuis", "Beroep: 'schoonmaker bij particulieren thuis' is geen beroepsnaam. Bedoelt u")]
    public async Task A_name_that_is_no_occupation_is_refused_with_the_field_named_and_nothing_changes(string typed, string message)
    {
        var id = await RegisterAsync("demo-key-dalfsen", "GM0148");
        using var client = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");

        using var response = await PostAsync(client, id, ("beroep", typed));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/vacatures/{id}"));
        Assert.Contains(message, page);
        Assert.Contains("Er is niets gewijzigd.", page);
        Assert.Null((await StoredAsync(id))!.OccupationCode);
    }

    [Fact]
    public async Task Another_municipality_and_a_person_without_the_right_to_write_cannot_change_it()
    {
        var ommens = await RegisterAsync("demo-key-ommen", "GM0175");
        using var dalfsen = await SignedInClient.AsDemoUserAsync(_host, "demo-netwerker-dalfsen");
        Assert.DoesNotContain("Beroep vastleggen", await dalfsen.GetStringAsync($"/vacatures/{ommens}"));

        using var foreign = await PostAsync(dalfsen, ommens, ("beroep", "9111.1"));

        Assert.Contains($"U kunt vacature {ommens} niet wijzigen. Er is niets gewijzigd.", await dalfsen.GetStringAsync($"/vacatures/{ommens}"));
        Assert.Null((await StoredAsync(ommens))!.OccupationCode);

        using var ommen = await SignedInClient.AsDemoUserAsync(_host, "demo-consulent-ommen");
        Assert.DoesNotContain("Beroep vastleggen", await ommen.GetStringAsync($"/vacatures/{ommens}"));
        using var withoutWrite = await PostAsync(ommen, ommens, ("beroep", "9111.1"));

        Assert.Contains("U hebt geen recht om vacatures te wijzigen (recht 'write'). Er is niets gewijzigd.",
            WebUtility.HtmlDecode(await ommen.GetStringAsync($"/vacatures/{ommens}")));
        Assert.Null((await StoredAsync(ommens))!.OccupationCode);
    }
}
