namespace Matching.Weekdate;

/// <summary>
/// What the <see cref="WeekdateLimits"/> left out of a list, per section, and what the pool did not read. All zero when
/// the list is complete. <paramref name="PoolCandidates"/> counts visible candidates the pool's per-part cap did not
/// read; <paramref name="PoolVacanciesCapped"/> says the pool read its maximum of open vacancies and there were more.
/// </summary>
public sealed record WeekdateLeftOut(
    int NewVacancies = 0,
    int Candidates = 0,
    int NearMissGroups = 0,
    int NearMissPairs = 0,
    int VacanciesWithoutCandidates = 0,
    int FollowUps = 0,
    long PoolCandidates = 0,
    bool PoolVacanciesCapped = false)
{
    public static readonly WeekdateLeftOut None = new();

    public bool Any => this != None;
}
