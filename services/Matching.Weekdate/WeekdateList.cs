using Matching.Domain.Candidates;

namespace Matching.Weekdate;

/// <summary>
/// The generated list for one weekdate (the weekly meeting of consultants, coaches and the netwerker) of one party
/// for one ISO week. Holds pseudonymous references, vacancy facts and explanations, never profile contents.
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
    IReadOnlyList<FollowUpEntry> FollowUps)
{
    /// <summary>Section 6: the party's own active profiles and what they lack (null for a party without candidates of its own).</summary>
    public ProfileQualityReport? ProfileQuality { get; init; }

    public WeekdateSummary Summary => new(
        NewVacancies.Count,
        Candidates.Count,
        NearMisses.Count,
        NearMisses.Sum(g => g.Pairs.Count),
        Mismatch.WithoutCandidates.Count,
        FollowUps.Count);
}
