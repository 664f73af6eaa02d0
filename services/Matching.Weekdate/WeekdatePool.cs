using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;
using Matching.Search;

namespace Matching.Weekdate;

/// <summary>
/// Loads what a weekdate looks at: the party's visible active candidates and the region's open vacancies, through
/// the index's ordinary filters. Backends cap one page (Elasticsearch's max_result_window), so a pool larger than
/// a page is read per owning municipality and trede, each part capped by <see cref="WeekdateLimits"/>; what a cap
/// leaves unread is counted and shown in the list.
/// </summary>
public sealed class WeekdatePool(ICandidateIndex candidates, IVacancyIndex vacancies, PartyDirectory parties, ILogger<WeekdatePool> logger)
{
    public async Task<CandidatePool> CandidatesAsync(Party party, WeekdateLimits limits, CancellationToken cancellationToken)
    {
        var page = limits.PoolCandidatesPerMunicipalityAndStep;
        var all = await candidates.SearchAsync(new CandidateQuery { VisibleTo = party, Size = page }, cancellationToken);
        if (all.TotalEligible <= all.Hits.Count) return new CandidatePool(Ordered(all.Hits.Select(h => h.Profile)), 0);

        var found = new List<CandidateProfile>();
        long notRead = 0;
        foreach (var owner in parties.All.Where(p => p.IsMunicipality && p.Region == party.Region))
            for (var step = StepRange.LowestStep; step <= StepRange.HighestStep; step++)
            {
                var part = await candidates.SearchAsync(new CandidateQuery
                {
                    VisibleTo = party, MunicipalityCodes = [owner.Code], Steps = new StepRange(step, step), Size = page,
                }, cancellationToken);
                if (part.TotalEligible > part.Hits.Count)
                {
                    notRead += part.TotalEligible - part.Hits.Count;
                    logger.LogWarning("Weekdate pool of {Party} capped: {Owner} trede {Step} holds {Total} candidates, read {Read} (shown in the list)",
                        party.Code, owner.Code, step, part.TotalEligible, part.Hits.Count);
                }
                found.AddRange(part.Hits.Select(h => h.Profile));
            }
        return new CandidatePool(Ordered(found), notRead);
    }

    /// <summary>
    /// Open vacancies registered by a municipality of the party's labour-market region (the netwerker sees them all),
    /// at most <see cref="WeekdateLimits.PoolVacancies"/>; <see cref="VacancyPool.MoreNotRead"/> says whether there were more.
    /// </summary>
    public async Task<VacancyPool> OpenVacanciesAsync(Party party, WeekdateLimits limits, CancellationToken cancellationToken)
    {
        var open = await vacancies.SearchAsync(new VacancyQuery { Size = limits.PoolVacancies + 1 }, cancellationToken);
        var more = open.Count > limits.PoolVacancies;
        if (more)
            logger.LogWarning("Weekdate pool of {Party} capped at {Limit} open vacancies (shown in the list)", party.Code, limits.PoolVacancies);
        return new VacancyPool(open.Take(limits.PoolVacancies)
            .Where(v => v.Status == VacancyStatus.Open && parties.Find(v.MunicipalityCode)?.Region == party.Region)
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .ToList(), more);
    }

    private static List<CandidateProfile> Ordered(IEnumerable<CandidateProfile> profiles) =>
        profiles.DistinctBy(p => p.Reference).OrderBy(p => p.Reference, StringComparer.Ordinal).ToList();
}

/// <summary>The candidates a list looks at, ordered by reference, and how many the per-part cap left unread.</summary>
public sealed record CandidatePool(IReadOnlyList<CandidateProfile> Profiles, long NotRead);

/// <summary>The open vacancies a list looks at, ordered by id, and whether the cap left more unread.</summary>
public sealed record VacancyPool(IReadOnlyList<Vacancy> Open, bool MoreNotRead);
