namespace Matching.Domain.Scoring;

/// <summary>
/// The features as the learned ranker sees them: a float vector in a fixed order with its names. This is the only
/// input a model gets; <see cref="SchemaVersion"/> changes whenever the order or meaning changes, and a model
/// trained on another schema is not loaded.
/// </summary>
public static class FeatureVector
{
    /// <summary>features-v7: "ervaring_branche" gives half for any experience in the vacancy's own branche (transparent-v5).</summary>
    public const string SchemaVersion = "features-v7";

    public static IReadOnlyList<string> Names { get; } =
    [
        "tekstrelevantie", "ervaring_branche", "gewenste_certificaten", "afstand_km", "afstand", "uren", "trede",
        "taalniveau", "categorie", "opleiding", "dagen_sinds_activiteit", "recente_activiteit", "eerdere_uitkomsten_werkgever",
        "beroep",
    ];

    public static float[] From(MatchFeatures f) =>
    [
        (float)f.TextRelevance, (float)f.BrancheExperience, (float)f.DesiredCertificateCoverage, (float)f.DistanceKm,
        (float)f.DistanceFit, (float)f.HoursFit, (float)f.StepFit, (float)f.LanguageFit, (float)f.CategoryFit,
        (float)f.EducationFit, (float)f.DaysSinceActivity, (float)f.ActivityRecency, (float)f.EmployerHistoryFit,
        (float)f.OccupationFit,
    ];
}
