namespace Matching.Domain.Scoring;

/// <summary>
/// The features of one (vacancy, candidate) pair, each in [0, 1] unless its name carries a unit. The transparent
/// scorer weighs them; a learned ranker reads the same values. None derives from a protected attribute
/// (nationality, statushouder status, gender, age, health): the profile does not hold them.
/// </summary>
public sealed record MatchFeatures(
    double TextRelevance,
    double BrancheYears,
    double BrancheExperience,
    double DesiredCertificateCoverage,
    double DistanceKm,
    double DistanceFit,
    double HoursFit,
    double StepFit,
    double LanguageFit,
    double CategoryFit,
    double EducationFit);
