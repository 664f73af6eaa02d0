namespace Matching.Contracts;

/// <summary>
/// A weekdate list was generated: its reference, for whom and which ISO week ("2026-W48"), the counts per section,
/// by which ranker, when. Counts only, never profile contents; the list itself is fetched by reference. The section
/// counts are totals; the "LeftOut" counts say how many of them the list's limits did not show, and the pool fields
/// what the list did not read at all (added later: 0 / false from publishers that predate them).
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
    DateTimeOffset GeneratedAt,
    int NewVacanciesLeftOut = 0,
    int CandidatesLeftOut = 0,
    int NearMissGroupsLeftOut = 0,
    int NearMissPairsLeftOut = 0,
    int VacanciesWithoutCandidatesLeftOut = 0,
    int FollowUpsLeftOut = 0,
    long PoolCandidatesNotRead = 0,
    bool PoolVacanciesCapped = false);
