namespace Matching.Contracts;

/// <summary>
/// A weekdate list was generated: its reference, for whom and which ISO week ("2026-W48"), the counts per section,
/// by which ranker, when. Counts only, never profile contents; the list itself is fetched by reference.
/// </summary>
public sealed record WeekdateListGenerated(
    string ListReference,
    string Party,
    string IsoWeek,
    int NewVacancies,
    int NewOrChangedCandidates,
    int NearMissGroups,
    int NearMissPairs,
    int VacanciesWithoutCandidates,
    int FollowUps,
    string RankerVersion,
    DateTimeOffset GeneratedAt);
