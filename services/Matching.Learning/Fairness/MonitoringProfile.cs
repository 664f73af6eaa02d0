namespace Matching.Learning.Fairness;

/// <summary>
/// Protected attributes of one candidate, held only to monitor the ranking for bias (EU AI Act) and kept apart from
/// the matching index: the feature extractor cannot see this type. Each attribute is optional (unknown).
/// </summary>
public sealed record MonitoringProfile(string CandidateRef, int? BirthYear, MonitoredGender? Gender, bool? Statushouder);

public enum MonitoredGender
{
    Female,
    Male,
    Other,
}
