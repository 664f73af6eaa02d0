namespace Matching.Domain.Scoring;

/// <summary>
/// The features of one (vacancy, candidate) pair, each in [0, 1] unless its name carries a unit. The transparent
/// scorer weighs them; a learned ranker reads the same values (as <see cref="FeatureVector"/>). None derives from a
/// protected attribute (nationality, statushouder status, gender, age, health): the profile does not hold them.
/// The three after the category and education fits are history features the transparent scorer gives no points: days
/// since the profile last changed, that as a recency in [0, 1], and earlier outcomes with the vacancy's employer (0.5
/// when there are none). <see cref="OccupationFit"/> is the fit of the candidate's occupations with the vacancy's
/// (see <see cref="Scoring.OccupationFit"/>), last because it came last.
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
    double EducationFit,
    double DaysSinceActivity = 0,
    double ActivityRecency = 1,
    double EmployerHistoryFit = EmployerHistory.Neutral,
    double OccupationFit = Scoring.OccupationFit.UnknownVacancyOccupation);
