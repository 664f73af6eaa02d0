using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Matching.FunctionalTests;

/// <summary>The front office's REST API: validation that names fields, bulk import, ownership, persistence, health.</summary>
public sealed class Registering_vacancies_and_candidates : IDisposable
{
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    private static async Task<JsonElement> Errors(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task Should_reject_an_invalid_vacancy_naming_each_field_and_store_nothing()
    {
        var client = _host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/vacancies", new
        {
            municipalityCode = "GM0148",
            employer = "Bouwbedrijf Dijkhuis",
            title = "Timmerman",
            branche = "Ruimtevaart",
            postcode = "0000",
            minHoursPerWeek = 90,
            kind = "Regular",
            minStep = 7,
            requiredCertificates = new[] { "VCA_PLATINA" },
        });

        var errors = await Errors(response);
        foreach (var field in new[] { "branche", "postcode", "minHoursPerWeek", "minStep", "requiredCertificates[0]" })
            Assert.True(errors.TryGetProperty(field, out _), $"expected an error for {field}: {errors}");
        var list = await client.GetFromJsonAsync<JsonElement[]>("/api/vacancies");
        Assert.Empty(list!);
    }

    [Fact]
    public async Task Should_reject_a_body_with_a_wrong_type_naming_the_field()
    {
        var client = _host.CreateClient();
        var response = await client.PostAsync("/api/vacancies",
            new StringContent("""{"title":"Kok","minHoursPerWeek":"veel"}""", Encoding.UTF8, "application/json"));

        var errors = await Errors(response);
        Assert.True(errors.TryGetProperty("minHoursPerWeek", out _), errors.ToString());
    }

    [Fact]
    public async Task Should_refuse_a_reference_that_looks_like_a_BSN()
    {
        var client = _host.CreateClient();
        var response = await client.PutCandidate(Fixtures.Candidate("111222333"));

        var errors = await Errors(response);
        Assert.Contains("BSN", errors.GetProperty("reference")[0].GetString());
    }

    [Fact]
    public async Task Should_import_a_csv_file_all_or_nothing()
    {
        var client = _host.CreateClient();
        const string header = "reference;municipalityCode;postcode;maxTravelKm;hoursAvailablePerWeek;participationStep;category;languageLevel;certificates;workExperience;consent\n";
        var bad = header +
                  "RAA-1;GM0177;8101;20;32;5;WerkfitProgressExpected;B1;HEFTRUCK:2023-05-01;Logistiek:orderpicker:2;Subregion\n" +
                  "RAA-2;GM0177;8101;twintig;32;9;WerkfitProgressExpected;B1;;;Subregion\n";
        var rejected = await PostCsv(client, bad);
        var errors = await Errors(rejected);
        Assert.True(errors.TryGetProperty("line 3.maxTravelKm", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/RAA-1")).StatusCode);

        var good = header +
                   "RAA-1;GM0177;8101;20;32;5;WerkfitProgressExpected;B1;HEFTRUCK:2023-05-01|VCA_VOL:2022-02-01;Logistiek:orderpicker:2;Subregion\n" +
                   "\"RAA-2\";GM0177;8102;15;24;4;MeedoenProgressExpected;A2;;;Region\n";
        var imported = await PostCsv(client, good);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32());
        var profile = await client.GetFromJsonAsync<JsonElement>("/api/candidates/RAA-1");
        Assert.Equal(2, profile.GetProperty("certificates").GetArrayLength());
        Assert.Equal("8101", profile.GetProperty("homePc4").GetString());
    }

    [Fact]
    public async Task Should_keep_a_quoted_csv_cell_whole_and_refuse_a_stray_quote_naming_its_line()
    {
        var client = _host.CreateClient();
        const string header = "reference;municipalityCode;postcode;maxTravelKm;hoursAvailablePerWeek;participationStep;category;languageLevel;about;consent\n";
        var stray = header +
                    "RAA-31;GM0177;8101;20;32;5;WerkfitProgressExpected;B1;ik werk graag buiten;Subregion\n" +
                    "RAA-32;GM0177;8101;20;32;5;WerkfitProgressExpected;B1;ik ben 1,80 m \"lang;Subregion\n";
        var errors = await Errors(await PostCsv(client, stray));
        Assert.True(errors.TryGetProperty("line 3", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/RAA-31")).StatusCode);

        var quoted = header + "RAA-31;GM0177;8101;20;32;5;WerkfitProgressExpected;B1;\"heftruck; reachtruck\r\nen \"\"orderpicken\"\"\";Subregion\n";
        var importedQuoted = await PostCsv(client, quoted);
        Assert.True(importedQuoted.IsSuccessStatusCode, await importedQuoted.Content.ReadAsStringAsync());
        var profile = await client.GetFromJsonAsync<JsonElement>("/api/candidates/RAA-31");
        Assert.Equal("heftruck; reachtruck\r\nen \"orderpicken\"", profile.GetProperty("portfolio").GetProperty("about").GetString());
    }

    private static Task<HttpResponseMessage> PostCsv(HttpClient client, string csv) =>
        client.PostAsync("/api/candidates/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    [Fact]
    public async Task Should_import_a_json_array_and_report_rows_by_index()
    {
        var client = _host.CreateClient();
        var rows = new[] { Fixtures.Candidate("DAL-1"), Fixtures.Candidate("DAL-2", step: 0) };
        var errors = await Errors(await client.PostAsJsonAsync("/api/candidates/import", rows));
        Assert.True(errors.TryGetProperty("[1].participationStep", out _), errors.ToString());

        rows[1]["participationStep"] = 3;
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/candidates/import", rows)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/candidates/DAL-2")).StatusCode);
    }

    [Fact]
    public async Task Should_not_let_another_municipality_take_over_a_candidate()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-9"))).StatusCode);

        // A reference names its municipality: DAL- stays Dalfsen's even for a client that may act for Ommen.
        var moved = await client.PutCandidate(Fixtures.Candidate("DAL-9", Fixtures.Ommen, "7731"));
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Contains("reference", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));

        var stored = await client.GetFromJsonAsync<JsonElement>("/api/candidates/DAL-9");
        Assert.Equal(Fixtures.Dalfsen, stored.GetProperty("municipalityCode").GetString());
    }

    [Fact]
    public async Task Should_keep_data_across_a_restart()
    {
        string id;
        using (var first = new MatchingHostFactory(_host.DataDirectory))
        {
            var response = await first.CreateClient().PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy());
            id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var vacancy = await _host.CreateClient().GetFromJsonAsync<JsonElement>($"/api/vacancies/{id}");
        Assert.Equal("Heftruckchauffeur magazijn", vacancy.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Should_close_a_vacancy_and_refuse_to_rank_it()
    {
        var client = _host.CreateClient();
        var created = await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var closed = await client.PostAsync($"/api/vacancies/{id}/close?status=Filled", null);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal("Filled", (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement[]>("/api/vacancies"))!);
        var error = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => _host.GrpcClient()
            .RankCandidatesAsync(new Wsp.Matching.V1.RankCandidatesRequest { VacancyId = id, RequestingParty = Fixtures.Dalfsen }).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, error.StatusCode);
    }

    [Theory]
    [InlineData("/alive")]
    [InlineData("/ready")]
    [InlineData("/health")]
    public async Task Should_report_healthy(string path)
    {
        var response = await _host.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_report_index_broker_and_outbox_in_health()
    {
        var health = await _host.CreateClient().GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks");
        foreach (var check in new[] { "search-index", "outbox", "masstransit-bus" })
            Assert.True(checks.TryGetProperty(check, out _), $"missing health check {check}: {checks}");
    }
}
