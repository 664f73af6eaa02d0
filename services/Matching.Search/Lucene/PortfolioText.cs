using Matching.Domain.Candidates;

namespace Matching.Search.Lucene;

/// <summary>The e-portfolio as one text to analyse: education, skills, interests, occupations and branches.</summary>
internal static class PortfolioText
{
    public static string Of(EPortfolio portfolio) => string.Join('\n',
        portfolio.Education
            .Concat(portfolio.Skills)
            .Concat(portfolio.Interests)
            .Concat(portfolio.WorkExperience.Select(w => w.Occupation))
            .Concat(portfolio.WorkExperience.Select(w => w.Branche.ToString()))
            .Where(s => !string.IsNullOrWhiteSpace(s)));
}
