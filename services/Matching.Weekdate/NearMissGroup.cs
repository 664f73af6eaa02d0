namespace Matching.Weekdate;

/// <summary>
/// Section 3: candidate-vacancy pairs that fail on exactly one fixable requirement, grouped by what is missing:
/// the training advice ("VCA Basis would open 7 vacancies for 4 candidates"). The counts cover every pair of the
/// group; <see cref="Pairs"/> names the first ones (by vacancy, then candidate) up to the limit per group.
/// </summary>
public sealed record NearMissGroup(string Key, string Missing, IReadOnlyList<NearMissPair> Pairs, int VacancyCount, int CandidateCount, int PairCount)
{
    /// <summary>Pairs of the group not named in <see cref="Pairs"/>.</summary>
    public int PairsLeftOut => PairCount - Pairs.Count;
}

public sealed record NearMissPair(string VacancyId, string CandidateRef, string Detail);
