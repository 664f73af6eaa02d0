using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Scoring;
using Matching.Domain.Text;

namespace Matching.Search.Lucene;

/// <summary>
/// The e-portfolio as one text to analyse: education, skills, interests, occupations (with ESCO's preferred label of
/// every reading of each, so a synonym meets the vacancy's word), branches and the candidate's own words.
/// </summary>
internal static class PortfolioText
{
    public static string Of(EPortfolio portfolio) => string.Join('\n',
        portfolio.Education
            .Concat(portfolio.Skills)
            .Concat(portfolio.Interests)
            .Concat(portfolio.WorkExperience.Select(w => w.Occupation))
            .Concat(portfolio.WorkExperience.Select(ReadingsOf))
            .Concat(portfolio.WorkExperience.Select(w => w.Branche.Dutch()))
            .Append(portfolio.About)
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>
    /// The words ESCO's preferred labels add to the occupation text, for every occupation it may mean: a synonym ESCO
    /// files under several ("loodsmedewerker": pakhuismedewerker and magazijnmedewerker) names each, so a vacancy for
    /// any reading meets it. Words the text already has are left out (each counts once); empty when it adds nothing.
    /// </summary>
    private static string ReadingsOf(WorkExperience experience) =>
        OccupationFit.OfExperience(experience) is { } match
            ? LabelWords.Beyond(experience.Occupation, match.Alternatives.Prepend(match.Occupation).Select(o => o.PreferredLabel))
            : "";
}
