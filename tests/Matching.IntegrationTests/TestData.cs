using System.Net.Http.Json;

namespace Matching.IntegrationTests;

/// <summary>Request bodies in the front office's JSON: a forklift job in Dalfsen and candidates who fit it.</summary>
public static class TestData
{
    public const string Dalfsen = "GM0148";

    public static object ForkliftVacancy() => new
    {
        municipalityCode = Dalfsen,
        employer = "Transportbedrijf Ter Horst",
        title = "Heftruckchauffeur magazijn",
        description = "Je laadt en lost vrachtwagens met de heftruck en pakt orders in ons magazijn.",
        branche = "Logistiek",
        postcode = "7721 AB",
        minHoursPerWeek = 24,
        maxHoursPerWeek = 38,
        kind = "Regular",
        requiredCertificates = new[] { "HEFTRUCK" },
        requiredLanguageLevel = "A2",
    };

    public static object ForkliftDriver(string reference) => new
    {
        reference,
        municipalityCode = Dalfsen,
        postcode = "7721",
        maxTravelKm = 25,
        hoursAvailablePerWeek = 32,
        participationStep = 5,
        category = "WerkfitProgressExpected",
        languageLevel = "B1",
        consent = "Subregion",
        certificates = new[] { new { code = "HEFTRUCK", issuedOn = "2024-01-10" } },
        portfolio = new
        {
            educationLevel = "Vmbo",
            workExperience = new[] { new { branche = "Logistiek", occupation = "magazijnmedewerker", years = 3 } },
            skills = new[] { "orderpicken", "heftruck" },
        },
    };

    public static async Task PutVacancyAsync(this HttpClient client, string id) =>
        (await client.PutAsJsonAsync($"/api/vacancies/{id}", ForkliftVacancy())).EnsureSuccessStatusCode();

    public static async Task PutCandidateAsync(this HttpClient client, string reference) =>
        (await client.PutAsJsonAsync($"/api/candidates/{reference}", ForkliftDriver(reference))).EnsureSuccessStatusCode();

    /// <summary>
    /// Fills <paramref name="dataDirectory"/> with candidates and vacancies through the host's REST API on the
    /// in-memory bus, so their own events stay in that host and the index is all that is left behind.
    /// </summary>
    public static async Task SeedAsync(string dataDirectory, IEnumerable<string> vacancyIds, IEnumerable<string> candidateRefs)
    {
        await using var host = new IntegrationHost(dataDirectory);
        var client = host.CreateClient();
        foreach (var reference in candidateRefs) await client.PutCandidateAsync(reference);
        foreach (var id in vacancyIds) await client.PutVacancyAsync(id);
    }
}
