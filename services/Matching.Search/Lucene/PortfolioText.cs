using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Scoring;

namespace Matching.Search.Lucene;

/// <summary>
/// The e-portfolio as one text to analyse: education, skills, interests, occupations (with ESCO's preferred label for
/// each, so a synonym meets the vacancy's word), branches and the candidate's own words.
/// </summary>
internal static class PortfolioText
{
    public static string Of(EPortfolio portfolio) => string.Join('\n',
        portfolio.Education
            .Concat(portfolio.Skills)
            .Concat(portfolio.Interests)
            .Concat(portfolio.WorkExperience.Select(w => w.Occupation))
            .Concat(portfolio.WorkExperience.Select(SynonymOf))
            .Concat(portfolio.WorkExperience.Select(w => w.Branche.Dutch()))
            .Append(portfolio.About)
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>ESCO's preferred label when the occupation was given by a synonym or a code only; empty when it adds nothing.</summary>
    private static string SynonymOf(WorkExperience experience) =>
        OccupationFit.OfExperience(experience)?.Occupation.PreferredLabel is { } label
        && !string.Equals(label, experience.Occupation.Trim(), StringComparison.OrdinalIgnoreCase) ? label : "";
}
