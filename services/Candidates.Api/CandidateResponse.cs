using System.Text.Json.Nodes;
using Matching.Domain.Candidates;
using Matching.Domain.Occupations;
using Matching.Domain.Scoring;
using Matching.ServiceDefaults;

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
        var body = JsonBody.Of(profile, request);
        if (body.Json[body.Name(nameof(CandidateProfile.Portfolio))]?[body.Name(nameof(EPortfolio.WorkExperience))] is not JsonArray experiences) return body.Json;
        var given = profile.Portfolio.WorkExperience;
        for (var i = 0; i < experiences.Count && i < given.Count; i++)
            if (OccupationReading.Of(OccupationFit.OfExperience(given[i])) is { } reading && experiences[i] is JsonObject experience)
                body.Add(experience, "OccupationReading", reading);
        return body.Json;
    }
}
