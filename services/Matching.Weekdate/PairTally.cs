using Matching.Domain.Common;
using Matching.Domain.Vacancies;

namespace Matching.Weekdate;

/// <summary>
/// What sections 2-4 need of the evaluated pairs, tallied as they arrive so no pair is kept: per near-miss group the
/// distinct vacancies and candidates and the first <c>pairsPerGroup</c> pairs (pairs arrive ordered by vacancy id,
/// then candidate reference); the vacancies with an eligible candidate and the distinct eligible candidates per
/// branche × trede; and per new or changed candidate how many vacancies fit and the best <c>topVacancies</c> by score.
/// </summary>
public sealed class PairTally(
    IReadOnlySet<string> changedCandidates, int pairsPerGroup, int topVacancies, Func<EvaluatedPair, (double Score, double DistanceKm)> score)
{
    private readonly Dictionary<string, GroupTally> _groups = new(StringComparer.Ordinal);
    private readonly HashSet<string> _vacanciesWithCandidates = new(StringComparer.Ordinal);
    private readonly Dictionary<(Branche, int), HashSet<string>> _eligiblePerCell = [];
    private readonly Dictionary<string, CandidateTally> _candidates = new(StringComparer.Ordinal);

    public void Eligible(EvaluatedPair pair)
    {
        _vacanciesWithCandidates.Add(pair.Vacancy.Id);
        var cell = (pair.Vacancy.Branche, pair.Candidate.ParticipationStep);
        if (!_eligiblePerCell.TryGetValue(cell, out var refs)) _eligiblePerCell[cell] = refs = new HashSet<string>(StringComparer.Ordinal);
        refs.Add(pair.Candidate.Reference);
        if (!changedCandidates.Contains(pair.Candidate.Reference)) return;
        if (!_candidates.TryGetValue(pair.Candidate.Reference, out var tally)) _candidates[pair.Candidate.Reference] = tally = new CandidateTally();
        var (value, distance) = score(pair);
        tally.Add(new ScoredVacancy(pair.Vacancy, value, distance), topVacancies);
    }

    public void NearMiss(NearMiss miss)
    {
        if (!_groups.TryGetValue(miss.Key, out var group)) _groups[miss.Key] = group = new GroupTally(miss.Missing);
        group.Vacancies.Add(miss.Vacancy.Id);
        group.Candidates.Add(miss.Candidate.Reference);
        group.PairCount++;
        if (group.Pairs.Count < pairsPerGroup) group.Pairs.Add(new NearMissPair(miss.Vacancy.Id, miss.Candidate.Reference, miss.Detail));
    }

    /// <summary>Every near-miss group, the ones opening the most vacancies (then reaching the most candidates) first.</summary>
    public IReadOnlyList<NearMissGroup> NearMissGroups() =>
        _groups.Select(g => new NearMissGroup(g.Key, g.Value.Missing, g.Value.Pairs, g.Value.Vacancies.Count, g.Value.Candidates.Count, g.Value.PairCount))
            .OrderByDescending(g => g.VacancyCount).ThenByDescending(g => g.CandidateCount).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

    public bool HasEligibleCandidate(string vacancyId) => _vacanciesWithCandidates.Contains(vacancyId);

    public int EligibleCandidates(Branche branche, int step) => _eligiblePerCell.GetValueOrDefault((branche, step))?.Count ?? 0;

    /// <summary>How many open vacancies fit a new or changed candidate, and the best of them (score, then distance, then id).</summary>
    public (int Count, IReadOnlyList<ScoredVacancy> Best) For(string candidateRef) =>
        _candidates.TryGetValue(candidateRef, out var tally) ? (tally.Count, tally.Best) : (0, []);

    private sealed class GroupTally(string missing)
    {
        public string Missing { get; } = missing;
        public HashSet<string> Vacancies { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Candidates { get; } = new(StringComparer.Ordinal);
        public List<NearMissPair> Pairs { get; } = [];
        public int PairCount { get; set; }
    }

    private sealed class CandidateTally
    {
        private readonly List<ScoredVacancy> _best = [];

        public int Count { get; private set; }

        public IReadOnlyList<ScoredVacancy> Best => _best;

        public void Add(ScoredVacancy vacancy, int keep)
        {
            Count++;
            var at = _best.FindIndex(b => ScoredVacancy.Order.Compare(vacancy, b) < 0);
            if (at < 0) at = _best.Count;
            if (at >= keep) return;
            _best.Insert(at, vacancy);
            if (_best.Count > keep) _best.RemoveAt(keep);
        }
    }
}

/// <summary>An open vacancy fitting a candidate, with its score (text relevance 0) and distance.</summary>
public sealed record ScoredVacancy(Vacancy Vacancy, double Score, double DistanceKm)
{
    /// <summary>Best first: higher score, then nearer, then by vacancy id.</summary>
    public static readonly IComparer<ScoredVacancy> Order = Comparer<ScoredVacancy>.Create((a, b) =>
        b.Score.CompareTo(a.Score) is not 0 and var byScore ? byScore
        : a.DistanceKm.CompareTo(b.DistanceKm) is not 0 and var byDistance ? byDistance
        : StringComparer.Ordinal.Compare(a.Vacancy.Id, b.Vacancy.Id));
}
