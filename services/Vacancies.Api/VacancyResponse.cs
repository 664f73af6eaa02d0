using System.Text.Json.Nodes;
using Matching.Domain.Occupations;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using Matching.ServiceDefaults;

namespace Matching.Vacancies;

/// <summary>
/// A vacancy as the API returns it: the stored vacancy and the ESCO occupation the ranking takes it to be
/// ("occupationReading": its occupationCode, else its normalised title), so a person can correct a wrong reading by
/// sending the code. A title nothing was recognised in has none.
/// </summary>
public static class VacancyResponse
{
    public static JsonObject Of(Vacancy vacancy, HttpRequest request)
    {
        var body = JsonBody.Of(vacancy, request);
        if (OccupationReading.Of(OccupationFit.OfVacancy(vacancy)) is { } reading) body.Add(body.Json, "OccupationReading", reading);
        return body.Json;
    }
}
