using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Eligibility;

/// <summary>
/// The one requirement between a candidate and a vacancy that a course or a conversation can fix (a bijna-match):
/// <paramref name="Key"/> groups equal gaps ("certificaat:VCA_BASIS", "uren:08"), <paramref name="Missing"/> says it in
/// Dutch ("VCA Basis", "tot 8 uur per week meer"), <paramref name="Detail"/> is the rule's own reason.
/// </summary>
public sealed record FixableGap(string Key, string Missing, string Detail)
{
    /// <summary>
    /// The gap when exactly one requirement is unmet and it is a certificate, or at most <paramref name="maxHoursShort"/>
    /// hours a week; otherwise null (eligible, several gaps, or one no training fixes: trede, distance, consent).
    /// </summary>
    public static FixableGap? Of(Vacancy vacancy, CandidateProfile candidate, EligibilityResult eligibility, int maxHoursShort)
    {
        var unmet = eligibility.Unmet.Take(2).ToList();
        return unmet.Count == 1 ? Of(vacancy, candidate, unmet[0], maxHoursShort) : null;
    }

    /// <summary>The gap when <paramref name="check"/> is the pair's only unmet requirement (see the overload above).</summary>
    public static FixableGap? Of(Vacancy vacancy, CandidateProfile candidate, RequirementCheck check, int maxHoursShort)
    {
        if (check.Met) return null;
        switch (check.Requirement)
        {
            case Requirement.Certificate when check.Detail is { } code:
                return new FixableGap("certificaat:" + code, CertificateCatalogue.DutchName(code), check.Reason);
            case Requirement.Hours:
                var hoursShort = vacancy.MinHoursPerWeek - candidate.HoursAvailablePerWeek;
                if (hoursShort <= 0 || hoursShort > maxHoursShort) return null;
                // Buckets of 4 hours: "half a day more" is the conversation a coach has.
                var bucket = (hoursShort + 3) / 4 * 4;
                return new FixableGap($"uren:{bucket:00}", $"tot {bucket} uur per week meer", check.Reason);
            default:
                return null;
        }
    }
}
