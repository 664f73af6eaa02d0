using Matching.Domain.Candidates;
using Matching.Domain.Common;

namespace Matching.Domain.Scoring;

/// <summary>
/// Experience in a branche next to the vacancy's (see <see cref="BrancheSections"/>): each such year counts for
/// <see cref="Share"/> of a year in the vacancy's own branche towards the branche experience.
/// </summary>
public static class NeighbouringBranches
{
    /// <summary>A year in a neighbouring branche counts as half a year in the vacancy's own.</summary>
    public const double Share = 0.5;

    /// <summary>The candidate's years per neighbouring branche, most years first (for the explanation, not per window candidate).</summary>
    public static IReadOnlyList<(Branche Branche, double Years)> YearsOf(Branche vacancyBranche, CandidateProfile candidate) =>
        candidate.Portfolio.WorkExperience
            .Where(e => e.Years > 0 && e.Branche.IsNeighbourOf(vacancyBranche))
            .GroupBy(e => e.Branche)
            .Select(g => (Branche: g.Key, Years: g.Sum(e => e.Years)))
            .OrderByDescending(x => x.Years).ThenBy(x => x.Branche)
            .ToList();
}
