using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Matching.FunctionalTests;

/// <summary>
/// Two front offices editing the same candidate or vacancy: a GET answers the version it shows as an ETag, a PUT with
/// If-Match holds only while nobody changed it since (412 and nothing stored otherwise), and a PUT without If-Match
/// still replaces as before.
/// </summary>
public sealed class Editing_without_undoing_another_change : IDisposable
{
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    private static string? ETag(HttpResponseMessage response) => response.Headers.ETag?.ToString();

    [Fact]
    public async Task A_candidate_saved_on_an_old_read_is_refused_and_the_newer_change_stays()
    {
        var client = _host.CreateClient();
        var created = await client.PutCandidate(Fixtures.Candidate("DAL-31"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", ETag(created));
        var read = await client.GetAsync("/api/candidates/DAL-31");
        Assert.Equal("\"1\"", ETag(read));

        var first = await PutAsync(client, "/api/candidates/DAL-31", Fixtures.Candidate("DAL-31", hours: 24), "\"1\"");
        var second = await PutAsync(client, "/api/candidates/DAL-31", Fixtures.Candidate("DAL-31", hours: 16), "\"1\"");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("\"2\"", ETag(first));
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.StartsWith("If-Match:", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var stored = await client.GetAsync("/api/candidates/DAL-31");
        Assert.Equal(24, (await stored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hoursAvailablePerWeek").GetInt32());
        Assert.Equal("\"2\"", ETag(stored));

        var anyVersion = await PutAsync(client, "/api/candidates/DAL-31", Fixtures.Candidate("DAL-31", hours: 16), "*");
        var withoutPrecondition = await client.PutCandidate(Fixtures.Candidate("DAL-31", hours: 20));
        Assert.Equal(("\"3\"", "\"4\""), (ETag(anyVersion), ETag(withoutPrecondition)));
        Assert.Equal(20, (await client.GetFromJsonAsync<JsonElement>("/api/candidates/DAL-31")).GetProperty("hoursAvailablePerWeek").GetInt32());
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("*")]
    public async Task If_Match_on_a_candidate_that_does_not_exist_creates_nothing(string ifMatch)
    {
        var client = _host.CreateClient();

        var response = await PutAsync(client, "/api/candidates/DAL-32", Fixtures.Candidate("DAL-32"), ifMatch);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/DAL-32")).StatusCode);
    }

    [Theory]
    [InlineData("W/\"1\"")]
    [InlineData("1")]
    [InlineData("\"een\"")]
    [InlineData("\"1\", \"2\"")]
    public async Task An_If_Match_that_is_no_ETag_of_this_API_is_a_400_naming_it(string ifMatch)
    {
        var client = _host.CreateClient();
        await client.PutCandidate(Fixtures.Candidate("DAL-33"));

        var response = await PutAsync(client, "/api/candidates/DAL-33", Fixtures.Candidate("DAL-33", hours: 8), ifMatch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("If-Match", out _));
        Assert.Equal(32, (await client.GetFromJsonAsync<JsonElement>("/api/candidates/DAL-33")).GetProperty("hoursAvailablePerWeek").GetInt32());
    }

    [Fact]
    public async Task A_vacancy_saved_on_an_old_read_is_refused_and_a_withdrawal_counts_as_a_change()
    {
        var client = _host.CreateClient();
        var created = await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var read = await client.GetAsync($"/api/vacancies/{id}");
        Assert.Equal(("\"1\"", "\"1\""), (ETag(created), ETag(read)));
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(Fixtures.ForkliftVacancy()))!;

        body["title"] = "Heftruckchauffeur (reachtruck)";
        var saved = await PutAsync(client, $"/api/vacancies/{id}", body, ETag(read));
        body["title"] = "Magazijnmedewerker";
        var late = await PutAsync(client, $"/api/vacancies/{id}", body, ETag(read));

        Assert.Equal((HttpStatusCode.OK, "\"2\""), (saved.StatusCode, ETag(saved)));
        Assert.Equal(HttpStatusCode.PreconditionFailed, late.StatusCode);
        Assert.Equal("Heftruckchauffeur (reachtruck)", (await client.GetFromJsonAsync<JsonElement>($"/api/vacancies/{id}")).GetProperty("title").GetString());

        var candidate = await client.PutCandidate(Fixtures.Candidate("DAL-34"));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/candidates/DAL-34/withdraw", null)).StatusCode);
        var afterWithdrawal = await PutAsync(client, "/api/candidates/DAL-34", Fixtures.Candidate("DAL-34", hours: 8), ETag(candidate));
        Assert.Equal(HttpStatusCode.PreconditionFailed, afterWithdrawal.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task A_withdrawal_or_a_closing_on_an_old_read_is_refused_and_on_the_current_one_goes_through()
    {
        var client = _host.CreateClient();
        var first = await client.PutCandidate(Fixtures.Candidate("DAL-35"));
        await PutAsync(client, "/api/candidates/DAL-35", Fixtures.Candidate("DAL-35", hours: 24), ETag(first));

        var stale = await PostAsync(client, "/api/candidates/DAL-35/withdraw", ETag(first)!);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Active", (await client.GetFromJsonAsync<JsonElement>("/api/candidates/DAL-35")).GetProperty("status").GetString());
        var current = await client.GetAsync("/api/candidates/DAL-35");
        var withdrawn = await PostAsync(client, "/api/candidates/DAL-35/withdraw", ETag(current)!);
        Assert.Equal((HttpStatusCode.OK, "\"3\""), (withdrawn.StatusCode, ETag(withdrawn)));
        var again = await PostAsync(client, "/api/candidates/DAL-35/withdraw", ETag(withdrawn)!);
        Assert.Equal((HttpStatusCode.OK, "\"3\""), (again.StatusCode, ETag(again)));

        var created = await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PostAsync(client, $"/api/vacancies/{id}/close", "\"7\"")).StatusCode);
        Assert.Equal("Open", (await client.GetFromJsonAsync<JsonElement>($"/api/vacancies/{id}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, $"/api/vacancies/{id}/close", "W/\"1\"")).StatusCode);
        var closed = await PostAsync(client, $"/api/vacancies/{id}/close", ETag(created)!);
        Assert.Equal((HttpStatusCode.OK, "\"2\""), (closed.StatusCode, ETag(closed)));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await PostAsync(client, $"/api/vacancies/{id}/close?status=Filled", ETag(created)!)).StatusCode);
    }

    private static Dictionary<string, object?> Row(string reference, int hours, long? expectedVersion)
    {
        var row = Fixtures.Candidate(reference, hours: hours);
        if (expectedVersion is not null) row["expectedVersion"] = expectedVersion;
        return row;
    }

    private static async Task<int> HoursOf(HttpClient client, string reference) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/candidates/{reference}")).GetProperty("hoursAvailablePerWeek").GetInt32();

    [Fact]
    public async Task An_import_whose_rows_expect_an_old_version_stores_nothing_and_names_those_rows()
    {
        var client = _host.CreateClient();
        await client.PutCandidate(Fixtures.Candidate("DAL-36"));
        var read = ETag(await client.GetAsync("/api/candidates/DAL-36"));
        await client.PutCandidate(Fixtures.Candidate("DAL-37"));
        // A netwerker changes DAL-36 after the case system read it.
        await PutAsync(client, "/api/candidates/DAL-36", Fixtures.Candidate("DAL-36", hours: 24), read);

        var stale = await client.PostAsJsonAsync("/api/candidates/import",
            new[] { Row("DAL-37", 20, 1), Row("DAL-36", 16, 1), Row("DAL-38", 12, 3) });

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var detail = (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("[1].expectedVersion (DAL-36 is now at version 2)", detail);
        Assert.Contains("[2].expectedVersion (DAL-38 does not exist yet)", detail);
        Assert.DoesNotContain("[0]", detail);
        Assert.Equal((24, 32), (await HoursOf(client, "DAL-36"), await HoursOf(client, "DAL-37")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/DAL-38")).StatusCode);

        var current = await client.PostAsync("/api/candidates/import", new StringContent(
            "reference;municipalityCode;postcode;maxTravelKm;hoursAvailablePerWeek;participationStep;category;languageLevel;consent;expectedVersion\n" +
            "DAL-36;GM0148;7721;25;16;5;WerkfitProgressExpected;B1;Subregion;2\n" +
            "DAL-39;GM0148;7721;25;12;5;WerkfitProgressExpected;B1;Subregion;\n", System.Text.Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal((16, 12), (await HoursOf(client, "DAL-36"), await HoursOf(client, "DAL-39")));
        Assert.Equal("\"3\"", ETag(await client.GetAsync("/api/candidates/DAL-36")));
    }

    [Fact]
    public async Task An_expected_version_is_read_only_in_an_import()
    {
        var client = _host.CreateClient();

        var single = await client.PutCandidate(Row("DAL-40", 32, 1));
        var negative = await client.PostAsJsonAsync("/api/candidates/import", new[] { Row("DAL-40", 32, -1) });
        var words = await client.PostAsync("/api/candidates/import", new StringContent(
            "reference;municipalityCode;postcode;maxTravelKm;hoursAvailablePerWeek;participationStep;category;languageLevel;consent;expectedVersion\n" +
            "DAL-40;GM0148;7721;25;16;5;WerkfitProgressExpected;B1;Subregion;twee\n", System.Text.Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.BadRequest, single.StatusCode);
        Assert.Contains("expectedVersion", (await single.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Contains("[0].expectedVersion", await negative.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, words.StatusCode);
        Assert.Contains("line 2.expectedVersion", await words.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/DAL-40")).StatusCode);
    }
}
