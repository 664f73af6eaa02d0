using Matching.Domain.Candidates;

namespace Matching.Weekdate;

/// <summary>
/// The generated list for one weekdate (the weekly meeting of consultants, coaches and the netwerker) of one party
/// for one ISO week. Holds pseudonymous references, vacancy facts and explanations, never profile contents. The
/// sections hold what is shown; <see cref="LeftOut"/> counts what their limits left out.
/// </summary>
public sealed record WeekdateList(
    string Party,
    string PartyName,
    IsoWeek Week,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    string RankerVersion,
    IReadOnlyList<NewVacancyEntry> NewVacancies,
    IReadOnlyList<CandidateEntry> Candidates,
    IReadOnlyList<NearMissGroup> NearMisses,
    MismatchOverview Mismatch,
    IReadOnlyList<FollowUpEntry> FollowUps,
    WeekdateLeftOut LeftOut)
{
    /// <summary>Section 6: the party's own active profiles and what they lack (null for a party without candidates of its own).</summary>
    public ProfileQualityReport? ProfileQuality { get; init; }

    /// <summary>How many entries each section found: what is shown plus what its limit left out.</summary>
    public WeekdateSummary Summary => new(
        NewVacancies.Count + LeftOut.NewVacancies,
        Candidates.Count + LeftOut.Candidates,
        NearMisses.Count + LeftOut.NearMissGroups,
        NearMisses.Sum(g => g.Pairs.Count) + LeftOut.NearMissPairs,
        Mismatch.WithoutCandidates.Count + LeftOut.VacanciesWithoutCandidates,
        FollowUps.Count + LeftOut.FollowUps,
        LeftOut);
}
