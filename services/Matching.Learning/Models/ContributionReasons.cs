using System.Globalization;
using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;

namespace Matching.Learning.Models;

/// <summary>
/// Turns the learned model's per-feature contributions into the same reasons the transparent scorer gives
/// ("3 jaar ervaring in Logistiek", "12,0 km van max 20 km"), plus reasons for the features only the model uses.
/// Weight is 0 for a learned factor: it has no fixed maximum; Points is the factor's push on the model score.
/// </summary>
public static class ContributionReasons
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<ScoreContribution> From(Vacancy vacancy, CandidateProfile candidate, MatchFeatures features,
        float[] contributions, IReadOnlyList<ScoreContribution> transparentReasons, EmployerHistory history)
    {
        var values = FeatureVector.From(features);
        var reasons = transparentReasons.ToDictionary(c => c.Factor, c => c.Reason);
        return FeatureVector.Names
            .Select((name, i) => new ScoreContribution(name, Math.Round(values[i], 4), 0, Math.Round(contributions[i], 4),
                reasons.TryGetValue(name, out var reason) ? reason : Reason(name, vacancy, candidate, features, history)))
            .OrderByDescending(c => Math.Abs(c.Points))
            .ToList();
    }

    /// <summary>One line: the score and the reasons of the two factors that raised it most.</summary>
    public static string Summary(double score, string version, IReadOnlyList<ScoreContribution> contributions)
    {
        var strongest = contributions.Where(c => c.Points > 0).OrderByDescending(c => c.Points).Take(2).Select(c => c.Reason).ToList();
        return string.Create(Dutch, $"{score:0.0} punten (geleerd model {version}): ")
               + (strongest.Count > 0 ? string.Join("; ", strongest) : "geen factor verhoogt de score");
    }

    private static string Reason(string name, Vacancy vacancy, CandidateProfile candidate, MatchFeatures f, EmployerHistory history) => name switch
    {
        "afstand_km" => string.Create(Dutch, $"{f.DistanceKm:0.0} km reisafstand"),
        "trede" => $"trede {candidate.ParticipationStep}, vacature {vacancy.Steps}",
        "opleiding" => $"opleiding {candidate.Portfolio.EducationLevel.DutchName()}, gevraagd {vacancy.EducationLevel.DutchName()}",
        "dagen_sinds_activiteit" or "recente_activiteit" => string.Create(Dutch, $"profiel {f.DaysSinceActivity:0} dagen geleden bijgewerkt"),
        "eerdere_uitkomsten_werkgever" => history.Positive + history.Negative == 0
            ? $"nog geen eerdere uitkomsten bij {vacancy.Employer}"
            : $"eerder bij {vacancy.Employer}: {history.Positive} positief, {history.Negative} negatief",
        _ => name,
    };
}
