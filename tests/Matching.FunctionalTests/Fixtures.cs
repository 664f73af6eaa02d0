using System.Net.Http.Json;

namespace Matching.FunctionalTests;

/// <summary>Builders for request bodies, in the JSON shape the front office sends.</summary>
public static class Fixtures
{
    public const string Dalfsen = "GM0148";
    public const string Ommen = "GM0175";
    public const string Zwolle = "GM0193";

    public static object ForkliftVacancy(string municipality = Dalfsen) => new
    {
        municipalityCode = municipality,
        employer = "Transportbedrijf Ter Horst",
        title = "Heftruckchauffeur magazijn",
        description = "Je laadt en lost vrachtwagens met de heftruck en pakt orders in ons magazijn.",
        branche = "Logistiek",
        postcode = "7721 AB",
        minHoursPerWeek = 24,
        maxHoursPerWeek = 38,
        kind = "Regular",
        requiredCertificates = new[] { "HEFTRUCK" },
        desiredCertificates = new[] { "VCA_BASIS" },
        requiredLanguageLevel = "A2",
    };

    public static Dictionary<string, object?> Candidate(string reference, string municipality = Dalfsen, string postcode = "7721",
        int step = 5, int hours = 32, int maxTravelKm = 25, string[]? certificates = null, string consent = "Subregion",
        double logisticsYears = 0, string skills = "klantvriendelijk")
    {
        return new Dictionary<string, object?>
        {
            ["reference"] = reference,
            ["municipalityCode"] = municipality,
            ["postcode"] = postcode,
            ["maxTravelKm"] = maxTravelKm,
            ["hoursAvailablePerWeek"] = hours,
            ["participationStep"] = step,
            ["category"] = "WerkfitProgressExpected",
            ["languageLevel"] = "B1",
            ["consent"] = consent,
            ["certificates"] = (certificates ?? []).Select(c => new { code = c, issuedOn = "2024-01-10" }).ToArray(),
            ["portfolio"] = new
            {
                educationLevel = "Vmbo",
                workExperience = logisticsYears > 0
                    ? new[] { new { branche = "Logistiek", occupation = "magazijnmedewerker", years = logisticsYears } }
                    : [],
                skills = skills.Split(' '),
            },
        };
    }

    public static async Task<HttpResponseMessage> PutCandidate(this HttpClient client, Dictionary<string, object?> candidate)
    {
        var response = await client.PutAsJsonAsync($"/api/candidates/{candidate["reference"]}", candidate);
        return response;
    }
}
