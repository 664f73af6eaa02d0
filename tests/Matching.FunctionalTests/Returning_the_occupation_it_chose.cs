using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Matching.FunctionalTests;

/// <summary>
/// The REST API says which ESCO occupation the matching takes a vacancy title and each work experience to be, so a
/// person can correct a wrong reading by sending the code.
/// </summary>
public sealed class Returning_the_occupation_it_chose : IDisposable
{
    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    [Fact]
    public async Task A_vacancy_title_is_returned_with_its_ESCO_reading_on_write_and_read()
    {
        var client = _host.CreateClient();

        var written = await client.PutAsJsonAsync("/api/vacancies/VAC-OCC-1", Fixtures.ForkliftVacancy());
        var read = await client.GetFromJsonAsync<JsonElement>("/api/vacancies/VAC-OCC-1");

        Assert.True(written.IsSuccessStatusCode, written.StatusCode.ToString());
        foreach (var body in new[] { await written.Content.ReadFromJsonAsync<JsonElement>(), read })
        {
            // "Heftruckchauffeur magazijn": the label inside the longer title.
            var reading = body.GetProperty("occupationReading");
            Assert.Equal("8344.1", reading.GetProperty("code").GetString());
            Assert.Equal("heftruckchauffeur", reading.GetProperty("label").GetString());
            Assert.Equal("LabelInTitle", reading.GetProperty("source").GetString());
            Assert.InRange(reading.GetProperty("confidence").GetDouble(), 0.5, 0.9);
        }
    }

    [Fact]
    public async Task Each_work_experience_is_returned_with_what_it_was_read_as()
    {
        var client = _host.CreateClient();
        var candidate = Fixtures.Candidate("DAL-700001");
        candidate["portfolio"] = new
        {
            educationLevel = "Vmbo",
            workExperience = new object[]
            {
                new { branche = "Logistiek", occupation = "magazijnier", years = 3 },
                new { branche = "Logistiek", occupation = "heftruck", years = 2, occupationCode = "8344.1" },
                new { branche = "Horeca", occupation = "xyzzy", years = 1 },
            },
            skills = new[] { "klantvriendelijk" },
        };

        var response = await client.PutCandidate(candidate);
        var read = await client.GetFromJsonAsync<JsonElement>("/api/candidates/DAL-700001");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        foreach (var body in new[] { await response.Content.ReadFromJsonAsync<JsonElement>(), read })
        {
            var experiences = body.GetProperty("portfolio").GetProperty("workExperience");
            var synonym = experiences[0].GetProperty("occupationReading");
            Assert.Equal("9333.8", synonym.GetProperty("code").GetString());
            Assert.Equal("magazijnmedewerker", synonym.GetProperty("label").GetString());
            Assert.Equal("AlternativeLabel", synonym.GetProperty("source").GetString());
            var coded = experiences[1].GetProperty("occupationReading");
            Assert.Equal("Code", coded.GetProperty("source").GetString());
            Assert.Equal(1.0, coded.GetProperty("confidence").GetDouble());
            Assert.False(experiences[2].TryGetProperty("occupationReading", out _), "an unrecognised occupation has no reading");
        }
    }
}
