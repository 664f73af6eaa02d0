using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Common;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Scoring;

/// <summary>Computes <see cref="MatchFeatures"/> for a pair. One extractor for every ranker, so they cannot drift apart.</summary>
public static class FeatureExtractor
{
    /// <summary>A profile untouched for a year counts as fully inactive.</summary>
    public const double InactiveAfterDays = 365;

    /// <summary>
    /// The share of the branche factor any experience in the vacancy's own branche earns, however short or long ago:
    /// a netwerker considers everyone who has worked in the branche (WSP practice, and the judged sets' rule that such a
    /// candidate is at least "could be considered"). The years, with diminishing returns and recency, earn the rest.
    /// </summary>
    public const double AnyBrancheExperienceShare = 0.5;

    /// <param name="textRelevance">The index's BM25 score relative to the vacancy's own terms (see CandidateSearchResult.TextScoreReference), in [0, 1].</param>
    /// <param name="history">Earlier outcomes of this candidate with the vacancy's employer; none when null.</param>
    public static MatchFeatures Extract(Vacancy vacancy, CandidateProfile candidate, double textRelevance, DateOnly today, EmployerHistory? history = null) =>
        Extract(vacancy, candidate, textRelevance, today, Scoring.OccupationFit.For(vacancy, candidate, today), history);

    /// <param name="occupation">The occupation fit, computed once by a caller that also explains it.</param>
    public static MatchFeatures Extract(Vacancy vacancy, CandidateProfile candidate, double textRelevance, DateOnly today,
        OccupationFitDetail occupation, EmployerHistory? history = null)
    {
        // One pass over the experience, without LINQ: this runs for every candidate of every ranking window.
        var experience = candidate.Portfolio.WorkExperience;
        var years = 0.0;
        var recentYears = 0.0;
        for (var i = 0; i < experience.Count; i++)
        {
            var branche = experience[i].Branche;
            double share;
            if (branche == vacancy.Branche)
            {
                share = 1;
                years += experience[i].Years;
            }
            else if (branche.IsNeighbourOf(vacancy.Branche)) share = NeighbouringBranches.Share;
            else continue;
            recentYears += share * experience[i].Years * Scoring.OccupationFit.Recency(experience[i].EndedYear, today);
        }
        var distance = candidate.Home.DistanceKmTo(vacancy.Location);
        return new MatchFeatures(
            TextRelevance: Math.Clamp(textRelevance, 0, 1),
            BrancheYears: years,
            // Half for having worked in the branche at all; the other half by years with diminishing returns, no cap: ten
            // years count more than five, but not twice as much; long-ago years less, and a year in a neighbouring
            // branche a quarter (NeighbouringBranches), which alone earns no share for having worked in the branche.
            BrancheExperience: (years > 0 ? AnyBrancheExperienceShare : 0)
                + (1 - AnyBrancheExperienceShare) * Scoring.OccupationFit.YearsWeight(recentYears),
            DesiredCertificateCoverage: DesiredCoverage(vacancy, candidate, today),
            DistanceKm: distance,
            DistanceFit: Math.Clamp(1 - distance / Math.Max(1, candidate.MaxTravelKm), 0, 1),
            HoursFit: HoursFit(vacancy, candidate.HoursAvailablePerWeek),
            StepFit: Math.Max(0, 1 - 0.5 * vacancy.Steps.DistanceTo(candidate.ParticipationStep)),
            LanguageFit: Math.Pow(0.5, Math.Max(0, (int)vacancy.RequiredLanguageLevel - (int)candidate.LanguageLevel)),
            CategoryFit: CategoryFit.For(vacancy.Kind, candidate),
            EducationFit: Math.Pow(0.75, Math.Max(0, vacancy.EducationLevel.NlqfLevel() - candidate.Portfolio.EducationLevel.NlqfLevel())),
            DaysSinceActivity: DaysSince(candidate.UpdatedAt, today),
            ActivityRecency: 1 - Math.Min(DaysSince(candidate.UpdatedAt, today), InactiveAfterDays) / InactiveAfterDays,
            EmployerHistoryFit: (history ?? EmployerHistory.None).Fit,
            OccupationFit: occupation.Value);
    }

    private static double DaysSince(DateTimeOffset updatedAt, DateOnly today) =>
        updatedAt == default ? 0 : Math.Max(0, today.DayNumber - DateOnly.FromDateTime(updatedAt.UtcDateTime).DayNumber);

    private static double DesiredCoverage(Vacancy vacancy, CandidateProfile candidate, DateOnly today)
    {
        if (vacancy.DesiredCertificates.Count == 0) return 1;
        var desired = vacancy.DesiredCertificates;
        var held = 0;
        for (var i = 0; i < desired.Count; i++)
            if (CertificateCatalogue.Holds(candidate.Certificates, desired[i], today)) held++;
        return held / (double)vacancy.DesiredCertificates.Count;
    }

    /// <summary>1 inside the offered hours; fewer hours than the minimum cost proportionally; more hours than offered cost a little (the candidate would work less than they want).</summary>
    private static double HoursFit(Vacancy vacancy, int hours)
    {
        if (hours < vacancy.MinHoursPerWeek) return hours / (double)vacancy.MinHoursPerWeek;
        if (hours <= vacancy.MaxHoursPerWeek) return 1;
        return Math.Max(0.5, 1 - 0.5 * (hours - vacancy.MaxHoursPerWeek) / hours);
    }
}
