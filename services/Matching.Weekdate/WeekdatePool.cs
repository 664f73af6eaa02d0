using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;
using Matching.Search;

namespace Matching.Weekdate;

/// <summary>
/// Loads what a weekdate looks at: the party's visible active candidates and the region's open vacancies, through
/// the index's ordinary filters. Backends cap one page (Elasticsearch's max_result_window), so a pool larger than
/// a page is read per owning municipality and trede.
/// </summary>
public sealed class WeekdatePool(ICandidateIndex candidates, IVacancyIndex vacancies, PartyDirectory parties, ILogger<WeekdatePool> logger)
{
    public const int Page = 10_000;

    public async Task<IReadOnlyList<CandidateProfile>> CandidatesAsync(Party party, CancellationToken cancellationToken)
    {
        var all = await candidates.SearchAsync(new CandidateQuery { VisibleTo = party, Size = Page }, cancellationToken);
        if (all.TotalEligible <= all.Hits.Count) return Ordered(all.Hits.Select(h => h.Profile));

        var found = new List<CandidateProfile>();
        foreach (var owner in parties.All.Where(p => p.IsMunicipality && p.Region == party.Region))
            for (var step = StepRange.LowestStep; step <= StepRange.HighestStep; step++)
            {
                var part = await candidates.SearchAsync(new CandidateQuery
                {
                    VisibleTo = party, MunicipalityCodes = [owner.Code], Steps = new StepRange(step, step), Size = Page,
                }, cancellationToken);
                if (part.TotalEligible > part.Hits.Count)
                    logger.LogWarning("Weekdate pool of {Party} truncated: {Owner} trede {Step} holds {Total} candidates, read {Read}",
                        party.Code, owner.Code, step, part.TotalEligible, part.Hits.Count);
                found.AddRange(part.Hits.Select(h => h.Profile));
            }
        return Ordered(found);
    }

    /// <summary>Open vacancies registered by a municipality of the party's labour-market region (the netwerker sees them all).</summary>
    public async Task<IReadOnlyList<Vacancy>> OpenVacanciesAsync(Party party, CancellationToken cancellationToken)
    {
        var open = await vacancies.SearchAsync(new VacancyQuery { Size = Page }, cancellationToken);
        return open
            .Where(v => v.Status == VacancyStatus.Open && parties.Find(v.MunicipalityCode)?.Region == party.Region)
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static List<CandidateProfile> Ordered(IEnumerable<CandidateProfile> profiles) =>
        profiles.DistinctBy(p => p.Reference).OrderBy(p => p.Reference, StringComparer.Ordinal).ToList();
}
