using Matching.Domain.Candidates;
using Matching.Domain.Occupations;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Scoring;

/// <summary>
/// The occupation fit against one vacancy for every candidate of a ranking window (see <see cref="OccupationFit"/>):
/// the vacancy's occupation is resolved once, and each occupation the window holds is related to it once, however many
/// candidates hold it. One per ranking, on one thread.
/// </summary>
public sealed class VacancyOccupationFit
{
    private readonly Vacancy _vacancy;
    private readonly Dictionary<OccupationMatch, OccupationRelation> _relations = new(ReferenceEqualityComparer.Instance);
    private readonly Func<OccupationMatch, OccupationMatch, OccupationRelation> _relate;

    internal VacancyOccupationFit(Vacancy vacancy, OccupationMatch? wanted)
    {
        _vacancy = vacancy;
        Wanted = wanted;
        _relate = Relate;
    }

    /// <summary>The vacancy's occupation: its code, else its normalised title; null when it was not recognised.</summary>
    public OccupationMatch? Wanted { get; }

    public OccupationFitDetail Of(CandidateProfile candidate, DateOnly today) => OccupationFit.Fit(_vacancy, Wanted, candidate, today, _relate);

    private OccupationRelation Relate(OccupationMatch wanted, OccupationMatch held)
    {
        if (_relations.TryGetValue(held, out var known)) return known;
        var relation = OccupationFit.Closest(wanted, held);
        _relations.Add(held, relation);
        return relation;
    }
}
