using Matching.Learning.Logging;
using Matching.Domain.Outcomes;

namespace Matching.Learning.Training;

/// <summary>
/// Joins outcomes to the logged impressions: a pair is labelled when it was shown (its features are known) and has
/// at least one outcome. Graded labels follow <see cref="RelevanceGrade"/>.
/// </summary>
public static class TrainingSetBuilder
{
    public static IReadOnlyList<TrainingExample> Build(IEnumerable<Impression> impressions, IEnumerable<MatchOutcome> outcomes)
    {
        var byPair = outcomes.ToLookup(o => (o.VacancyId, o.CandidateRef));
        return impressions
            .Where(i => byPair.Contains((i.VacancyId, i.CandidateRef)))
            .Select(i => new TrainingExample(i.VacancyId, i.CandidateRef, i.Features, RelevanceGrade.For(byPair[(i.VacancyId, i.CandidateRef)]), i.Rank))
            .OrderBy(e => e.VacancyId, StringComparer.Ordinal).ThenBy(e => e.ShownRank)
            .ToList();
    }
}
