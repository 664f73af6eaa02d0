namespace Matching.Weekdate;

/// <summary>
/// How many entries each of the five sections found, and what the limits left out of the list (null in summaries
/// recorded before limits existed).
/// </summary>
public sealed record WeekdateSummary(
    int NewVacancies,
    int NewOrChangedCandidates,
    int NearMissGroups,
    int NearMissPairs,
    int VacanciesWithoutCandidates,
    int FollowUps,
    WeekdateLeftOut? LeftOut = null);
