using Matching.Ranking;
using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using Microsoft.Extensions.Options;

namespace Matching.Weekdate;

/// <summary>
/// Builds the five sections of a weekdate list for one party and ISO week. "New" means updated within the week:
/// open vacancies and active candidates whose last change falls in it. Vacancies are ranked exactly as the
/// netwerker's own ranking call does (<see cref="CandidateRanker"/>); the reverse direction and near misses reuse
/// the same eligibility rules and scorer per pair, with text relevance 0 (there is no single-pair BM25).
/// </summary>
public sealed class WeekdateGenerator(
    WeekdatePool pool, PairEvaluator evaluator, CandidateRanker candidateRanker, IRanker ranker,
    IWeekdateLedger ledger, IMatchOutcomeLookup outcomes, IOptions<WeekdateOptions> options, TimeProvider clock)
{
    public async Task<WeekdateDraft> GenerateAsync(Party party, IsoWeek week, string generatedBy, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var (start, end) = (week.StartIn(zone), week.EndIn(zone));
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        bool InWeek(DateTimeOffset at) => at >= start && at < end;

        var candidates = await pool.CandidatesAsync(party, cancellationToken);
        var vacancies = await pool.OpenVacanciesAsync(party, cancellationToken);
        var pairs = evaluator.Evaluate(vacancies, candidates, party, today);

        var newVacancies = await NewVacanciesAsync(vacancies.Where(v => InWeek(v.UpdatedAt)), party, settings.TopCandidates, cancellationToken);

        var snapshots = candidates.ToDictionary(c => c.Reference, CandidateSnapshot.Of, StringComparer.Ordinal);
        var previous = await ledger.SnapshotsBeforeAsync(party.Code, week, cancellationToken);
        var changed = candidates
            .Where(c => InWeek(c.UpdatedAt))
            .Select(c => (Candidate: c, Changes: CandidateChanges.Between(previous.GetValueOrDefault(c.Reference), snapshots[c.Reference])))
            .Where(c => c.Changes.Count > 0)
            .ToList();
        var candidateEntries = CandidateEntries(changed, pairs, settings.TopVacancies, today);

        var followUps = await FollowUpsAsync(party, week, vacancies, cancellationToken);
        var list = new WeekdateList(party.Code, party.Name, week, now, generatedBy, ranker.Version,
            newVacancies, candidateEntries, NearMissGroups(pairs), Mismatch(vacancies, candidates, pairs), followUps);

        var proposals = newVacancies.SelectMany(v => v.Top.Select(c => (v.Vacancy.Id, c.CandidateRef)))
            .Concat(candidateEntries.SelectMany(c => c.Top.Select(v => (v.Vacancy.Id, c.CandidateRef))))
            .Distinct()
            .ToList();
        return new WeekdateDraft(list, snapshots, proposals);
    }

    private async Task<IReadOnlyList<NewVacancyEntry>> NewVacanciesAsync(
        IEnumerable<Vacancy> newVacancies, Party party, int top, CancellationToken cancellationToken)
    {
        var entries = new List<NewVacancyEntry>();
        foreach (var vacancy in newVacancies.OrderBy(v => v.Id, StringComparer.Ordinal))
        {
            var result = await candidateRanker.RankAsync(new RankingRequest(vacancy, party, top, [], null), cancellationToken);
            entries.Add(new NewVacancyEntry(VacancyLine.From(vacancy), result.EligibleCount, result.Ranked
                .Select(s => new ProposedCandidate(s.Candidate.Reference, s.Candidate.MunicipalityCode, s.Score, ExplanationChips.From(s.Explanation)))
                .ToList()));
        }
        return entries;
    }

    private List<CandidateEntry> CandidateEntries(
        IReadOnlyList<(CandidateProfile Candidate, IReadOnlyList<string> Changes)> changed, PairEvaluation pairs, int top, DateOnly today)
    {
        var eligibleByCandidate = pairs.Eligible.ToLookup(p => p.Candidate.Reference, StringComparer.Ordinal);
        return changed.Select(c =>
        {
            var scored = eligibleByCandidate[c.Candidate.Reference]
                .Select(p => (p.Vacancy, Scored: ranker.Score(p.Vacancy, p.Candidate, p.Eligibility, 0, today)))
                .OrderByDescending(p => p.Scored.Score)
                .ThenBy(p => p.Scored.Features.DistanceKm)
                .ThenBy(p => p.Vacancy.Id, StringComparer.Ordinal)
                .ToList();
            return new CandidateEntry(c.Candidate.Reference, c.Candidate.MunicipalityCode, c.Candidate.ParticipationStep,
                CategoryText(c.Candidate), c.Changes, scored.Count,
                scored.Take(top).Select(p => new ProposedVacancy(VacancyLine.From(p.Vacancy), p.Scored.Score, ExplanationChips.From(p.Scored.Explanation))).ToList());
        }).ToList();
    }

    private static List<NearMissGroup> NearMissGroups(PairEvaluation pairs) =>
        pairs.NearMisses
            .GroupBy(n => n.Key, StringComparer.Ordinal)
            .Select(g => new NearMissGroup(g.Key, g.First().Missing, g
                .Select(n => new NearMissPair(n.Vacancy.Id, n.Candidate.Reference, n.Detail))
                .OrderBy(p => p.VacancyId, StringComparer.Ordinal).ThenBy(p => p.CandidateRef, StringComparer.Ordinal)
                .ToList()))
            .OrderByDescending(g => g.VacancyCount).ThenByDescending(g => g.CandidateCount).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

    private static MismatchOverview Mismatch(IReadOnlyList<Vacancy> vacancies, IReadOnlyList<CandidateProfile> candidates, PairEvaluation pairs)
    {
        var withCandidates = pairs.Eligible.Select(p => p.Vacancy.Id).ToHashSet(StringComparer.Ordinal);
        var eligiblePerCell = pairs.Eligible
            .GroupBy(p => (p.Vacancy.Branche, p.Candidate.ParticipationStep))
            .ToDictionary(g => g.Key, g => g.Select(p => p.Candidate.Reference).Distinct(StringComparer.Ordinal).Count());
        var cells = new List<MismatchCell>();
        foreach (var branche in Enum.GetValues<Branche>())
            for (var step = StepRange.LowestStep; step <= StepRange.HighestStep; step++)
            {
                var opportunities = vacancies.Count(v => v.Branche == branche && v.Steps.Contains(step));
                if (opportunities > 0) cells.Add(new MismatchCell(branche, step, opportunities, eligiblePerCell.GetValueOrDefault((branche, step))));
            }
        var perStep = Enumerable.Range(StepRange.LowestStep, StepRange.HighestStep)
            .Select(step => candidates.Count(c => c.ParticipationStep == step)).ToList();
        return new MismatchOverview(
            vacancies.Where(v => !withCandidates.Contains(v.Id)).Select(VacancyLine.From).ToList(), cells, perStep);
    }

    private async Task<IReadOnlyList<FollowUpEntry>> FollowUpsAsync(Party party, IsoWeek week, IReadOnlyList<Vacancy> open, CancellationToken cancellationToken)
    {
        var openById = open.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var followUps = new List<FollowUpEntry>();
        foreach (var (vacancyId, candidateRef, proposedIn) in await ledger.ProposalsBeforeAsync(party.Code, week, cancellationToken))
        {
            if (!openById.TryGetValue(vacancyId, out var vacancy)) continue;
            if (await outcomes.HasOutcomeAsync(vacancyId, candidateRef, cancellationToken)) continue;
            followUps.Add(new FollowUpEntry(vacancyId, vacancy.Title, candidateRef, proposedIn));
        }
        return followUps;
    }

    private static string CategoryText(CandidateProfile c) =>
        string.Join(" / ", new[] { c.Category?.ToString(), c.ClientGroup?.ToString() }.Where(s => s is not null)) is { Length: > 0 } text ? text : "onbekend";
}
