using Matching.Domain.Candidates;

namespace Matching.Weekdate;

/// <summary>The fields of a profile whose change the weekdate discusses: category, trede and certificates.</summary>
public sealed record CandidateSnapshot(string? Category, string? ClientGroup, int Step, IReadOnlyList<string> Certificates)
{
    public static CandidateSnapshot Of(CandidateProfile profile) => new(
        profile.Category?.ToString(),
        profile.ClientGroup?.ToString(),
        profile.ParticipationStep,
        profile.Certificates.Select(c => c.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
}
