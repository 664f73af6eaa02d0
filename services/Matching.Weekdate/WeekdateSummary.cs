namespace Matching.Weekdate;

/// <summary>How many entries each of the five sections holds.</summary>
public sealed record WeekdateSummary(
    int NewVacancies,
    int NewOrChangedCandidates,
    int NearMissGroups,
    int NearMissPairs,
    int VacanciesWithoutCandidates,
    int FollowUps);
