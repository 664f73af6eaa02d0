namespace Matching.Weekdate;

/// <summary>
/// Section 3: candidate-vacancy pairs that fail on exactly one fixable requirement, grouped by what is missing:
/// the training advice ("VCA Basis would open 7 vacancies for 4 candidates").
/// </summary>
public sealed record NearMissGroup(string Key, string Missing, IReadOnlyList<NearMissPair> Pairs)
{
    public int VacancyCount => Pairs.Select(p => p.VacancyId).Distinct(StringComparer.Ordinal).Count();

    public int CandidateCount => Pairs.Select(p => p.CandidateRef).Distinct(StringComparer.Ordinal).Count();
}

public sealed record NearMissPair(string VacancyId, string CandidateRef, string Detail);
