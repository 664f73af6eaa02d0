using System.Text.Json;
using System.Text.Json.Nodes;
using Matching.Domain.Candidates;
using Matching.Domain.Occupations;
using Matching.Domain.Scoring;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Matching.Candidates;

/// <summary>
/// A profile as the API returns it: the stored profile, and on each work experience the ESCO occupation the matching
/// takes it to be ("occupationReading": code, label, confidence, source, alternatives), so a person can correct a wrong
/// reading by sending its occupationCode. An experience nothing was recognised in has none.
/// </summary>
public static class CandidateResponse
{
    public static JsonObject Of(CandidateProfile profile, HttpRequest request)
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var json = JsonSerializer.SerializeToNode(profile, options)!.AsObject();
        if (json[Name(options, nameof(CandidateProfile.Portfolio))]?[Name(options, nameof(EPortfolio.WorkExperience))] is not JsonArray experiences) return json;
        var given = profile.Portfolio.WorkExperience;
        for (var i = 0; i < experiences.Count && i < given.Count; i++)
            if (OccupationReading.Of(OccupationFit.OfExperience(given[i])) is { } reading && experiences[i] is JsonObject experience)
                experience[Name(options, "OccupationReading")] = JsonSerializer.SerializeToNode(reading, options);
        return json;
    }

    private static string Name(JsonSerializerOptions options, string property) => options.PropertyNamingPolicy?.ConvertName(property) ?? property;
}
