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
/// Each section shows at most its <see cref="WeekdateLimits"/>; what that leaves out is counted in the list.
/// A past week (one that has ended) names only candidates it can date to that week: updated before it ended, or
/// seen by a weekdate of that week or earlier; and only vacancies updated before it ended or proposed by then.
/// </summary>
public sealed class WeekdateGenerator(
    WeekdatePool pool, PairEvaluator evaluator, CandidateRanker candidateRanker, IRanker ranker,
    IWeekdateLedger ledger, IMatchOutcomeLookup outcomes, IOptions<WeekdateOptions> options, TimeProvider clock)
{
    public async Task<WeekdateDraft> GenerateAsync(Party party, IsoWeek week, string generatedBy, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var limits = settings.Limits;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var (start, end) = (week.StartIn(zone), week.EndIn(zone));
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        bool InWeek(DateTimeOffset at) => at >= start && at < end;

        var candidatePool = await pool.CandidatesAsync(party, limits, cancellationToken);
        var vacancyPool = await pool.OpenVacanciesAsync(party, limits, cancellationToken);
        var candidates = await DatableToWeekAsync(candidatePool.Profiles, party, week, end, now, cancellationToken);
        var undatable = candidates.Count == candidatePool.Profiles.Count ? []
            : candidatePool.Profiles.Except(candidates, ReferenceEqualityComparer.Instance).Cast<CandidateProfile>().ToList();
        var vacancies = await VacanciesDatableToWeekAsync(vacancyPool.Open, party, week, end, now, cancellationToken);

        var previous = await ledger.SnapshotsBeforeAsync(party.Code, week, cancellationToken);
        var changed = candidates
            .Where(c => InWeek(c.UpdatedAt))
            .Select(c => (Candidate: c, Changes: CandidateChanges.Between(previous.GetValueOrDefault(c.Reference), CandidateSnapshot.Of(c))))
            .Where(c => c.Changes.Count > 0)
            .ToList();

        var tally = new PairTally(changed.Select(c => c.Candidate.Reference).ToHashSet(StringComparer.Ordinal),
            limits.NearMissPairsPerGroup, settings.TopVacancies,
            // Score's score without its explanation (IRanker.ScoreOf); only the best few per candidate are explained below.
            pair => (ranker.ScoreOf(pair.Vacancy, pair.Candidate, 0, today), pair.Candidate.Home.DistanceKmTo(pair.Vacancy.Location)));
        evaluator.Evaluate(vacancies, candidates, party, today, tally.Eligible, tally.NearMiss);

        var newVacancies = vacancies.Where(v => InWeek(v.UpdatedAt)).ToList();
        var shownVacancies = await NewVacanciesAsync(newVacancies
            .OrderByDescending(v => v.UpdatedAt).ThenBy(v => v.Id, StringComparer.Ordinal).Take(limits.NewVacancies), party, settings.TopCandidates, undatable, today, cancellationToken);
        var candidateEntries = CandidateEntries(changed, tally, party, limits.Candidates, today);
        var nearMisses = tally.NearMissGroups();
        var shownNearMisses = nearMisses.Take(limits.NearMissGroups).ToList();
        var mismatch = Mismatch(vacancies, candidates, tally, limits.VacanciesWithoutCandidates);
        var followUps = await FollowUpsAsync(party, week, vacancies, cancellationToken);
        var shownFollowUps = followUps.Take(limits.FollowUps).ToList();

        var leftOut = new WeekdateLeftOut(
            NewVacancies: newVacancies.Count - shownVacancies.Count,
            Candidates: changed.Count - candidateEntries.Count,
            NearMissGroups: nearMisses.Count - shownNearMisses.Count,
            NearMissPairs: nearMisses.Sum(g => g.PairCount) - shownNearMisses.Sum(g => g.Pairs.Count),
            VacanciesWithoutCandidates: mismatch.LeftOut,
            FollowUps: followUps.Count - shownFollowUps.Count,
            PoolCandidates: candidatePool.NotRead,
            PoolVacanciesCapped: vacancyPool.MoreNotRead);
        var list = new WeekdateList(party.Code, party.Name, week, now, generatedBy, ranker.Version,
            shownVacancies, candidateEntries, shownNearMisses, mismatch.Overview, shownFollowUps, leftOut)
        {
            ProfileQuality = party.IsMunicipality ? Domain.Candidates.ProfileQuality.For(party.Code, candidates, end).FirstToFix(limits.ProfilesToFix) : null,
        };

        var proposals = shownVacancies.SelectMany(v => v.Top.Select(c => (v.Vacancy.Id, c.CandidateRef)))
            .Concat(candidateEntries.SelectMany(c => c.Top.Select(v => (v.Vacancy.Id, c.CandidateRef))))
            .Distinct()
            .ToList();
        // Only profiles unchanged since the week ended are what the week saw; a later state must not become its baseline.
        var snapshots = candidates.Where(c => c.UpdatedAt < end).ToDictionary(c => c.Reference, CandidateSnapshot.Of, StringComparer.Ordinal);
        return new WeekdateDraft(list, snapshots, proposals);
    }

    /// <summary>
    /// The candidates a list of <paramref name="week"/> may name. The index holds only each profile's latest state, so
    /// for a week that has ended a profile updated after it may be someone registered later: it is named only when a
    /// weekdate of that week or earlier saw it.
    /// </summary>
    private async Task<IReadOnlyList<CandidateProfile>> DatableToWeekAsync(
        IReadOnlyList<CandidateProfile> candidates, Party party, IsoWeek week, DateTimeOffset end, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (end > now) return candidates;
        var seen = await ledger.SeenUpToAsync(party.Code, week, cancellationToken);
        return candidates.Where(c => c.UpdatedAt < end || seen.Contains(c.Reference)).ToList();
    }

    /// <summary>
    /// The open vacancies a past week can date to itself: updated before it ended, or proposed at a weekdate of that week
    /// or earlier. A vacancy registered (or changed) since is left out: the index holds its latest state only.
    /// </summary>
    private async Task<IReadOnlyList<Vacancy>> VacanciesDatableToWeekAsync(
        IReadOnlyList<Vacancy> open, Party party, IsoWeek week, DateTimeOffset end, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (end > now) return open;
        var proposed = (await ledger.ProposalsBeforeAsync(party.Code, week.Next(), cancellationToken)).Select(p => p.VacancyId).ToHashSet(StringComparer.Ordinal);
        return open.Where(v => v.UpdatedAt < end || proposed.Contains(v.Id)).ToList();
    }

    /// <summary>
    /// Each vacancy ranked as the netwerker's ranking call does. The ranking reads the index itself, so candidates a
    /// past week cannot date (<paramref name="undatable"/>) are ranked along and then taken out, and out of the count.
    /// </summary>
    private async Task<IReadOnlyList<NewVacancyEntry>> NewVacanciesAsync(
        IEnumerable<Vacancy> newVacancies, Party party, int top, IReadOnlyList<CandidateProfile> undatable, DateOnly today, CancellationToken cancellationToken)
    {
        var excluded = undatable.Select(c => c.Reference).ToHashSet(StringComparer.Ordinal);
        var ordered = newVacancies.OrderBy(v => v.Id, StringComparer.Ordinal).ToList();
        var entries = new NewVacancyEntry[ordered.Count];
        // Each ranking is one search and waits on nothing else: a few at once keep every core busy; each lands in its own slot.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.ConcurrentRankings, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, ordered.Count, parallel, async (i, token) =>
        {
            var vacancy = ordered[i];
            var result = await candidateRanker.RankAsync(new RankingRequest(vacancy, party, top + excluded.Count, [], null), token);
            var eligibleExcluded = undatable.Count(c => evaluator.IsEligible(vacancy, c, party, today));
            entries[i] = new NewVacancyEntry(VacancyLine.From(vacancy), result.EligibleCount - eligibleExcluded, result.Ranked
                .Where(s => !excluded.Contains(s.Candidate.Reference))
                .Take(top)
                .Select(s => new ProposedCandidate(s.Candidate.Reference, s.Candidate.MunicipalityCode, s.Score, ExplanationChips.From(s.Explanation)))
                .ToList());
        });
        return entries;
    }

    /// <summary>The new or changed candidates with the best matches (up to <paramref name="limit"/>), in reference order, each explained.</summary>
    private List<CandidateEntry> CandidateEntries(
        IReadOnlyList<(CandidateProfile Candidate, IReadOnlyList<string> Changes)> changed, PairTally tally, Party party, int limit, DateOnly today) =>
        changed
            .Select(c => (c.Candidate, c.Changes, Fit: tally.For(c.Candidate.Reference)))
            .OrderByDescending(c => c.Fit.Best.Count > 0 ? c.Fit.Best[0].Score : -1)
            .ThenBy(c => c.Candidate.Reference, StringComparer.Ordinal)
            .Take(limit)
            .OrderBy(c => c.Candidate.Reference, StringComparer.Ordinal)
            .Select(c => new CandidateEntry(c.Candidate.Reference, c.Candidate.MunicipalityCode, c.Candidate.ParticipationStep,
                CategoryText(c.Candidate), c.Changes, c.Fit.Count, c.Fit.Best.Select(v =>
                {
                    var scored = ranker.Score(v.Vacancy, c.Candidate, evaluator.Evaluate(v.Vacancy, c.Candidate, party, today), 0, today);
                    return new ProposedVacancy(VacancyLine.From(v.Vacancy), scored.Score, ExplanationChips.From(scored.Explanation));
                }).ToList()))
            .ToList();

    private static (MismatchOverview Overview, int LeftOut) Mismatch(
        IReadOnlyList<Vacancy> vacancies, IReadOnlyList<CandidateProfile> candidates, PairTally tally, int limit)
    {
        var cells = new List<MismatchCell>();
        foreach (var branche in Enum.GetValues<Branche>())
            for (var step = StepRange.LowestStep; step <= StepRange.HighestStep; step++)
            {
                var opportunities = vacancies.Count(v => v.Branche == branche && v.Steps.Contains(step));
                if (opportunities > 0) cells.Add(new MismatchCell(branche, step, opportunities, tally.EligibleCandidates(branche, step)));
            }
        var perStep = Enumerable.Range(StepRange.LowestStep, StepRange.HighestStep)
            .Select(step => candidates.Count(c => c.ParticipationStep == step)).ToList();
        var without = vacancies.Where(v => !tally.HasEligibleCandidate(v.Id)).ToList();
        return (new MismatchOverview(without.Take(limit).Select(VacancyLine.From).ToList(), cells, perStep), Math.Max(0, without.Count - limit));
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

    private static string CategoryText(CandidateProfile c) => DutchLabels.Category(c.Category, c.ClientGroup);
}
