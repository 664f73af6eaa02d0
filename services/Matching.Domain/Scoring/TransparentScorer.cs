using System.Globalization;
using Matching.Domain.Candidates;
using Matching.Domain.Certificates;
using Matching.Domain.Common;
using Matching.Domain.Eligibility;
using Matching.Domain.Occupations;
using Matching.Domain.Vacancies;

namespace Matching.Domain.Scoring;

/// <summary>
/// The documented, hand-weighted scorer: score = Σ weight × feature, 0-100 points. Weights (points):
/// occupation fit 22, text relevance of the portfolio to the vacancy 30, experience in the branche 9 (a year in a
/// neighbouring branche counts a quarter), desired-certificate coverage 15, distance relative to the candidate's own
/// maximum 4, hours fit 10, Dutch language level 5, category fit 5. The occupation says what the candidate has done as
/// ESCO files it; the text adds what the occupation misses (skills, the trade's own words, work ESCO files elsewhere,
/// wishes in their own words). Distance is a hard requirement first (within the candidate's own maximum); inside it,
/// nearness only breaks near-ties. transparent-v2 gave text and distance 15 each, v3 text and occupation 25 and
/// distance 5; v4 moved points from the occupation, the branche and distance to the text, chosen on the development
/// sets' mean: the older independent sets rose with it, the sets written after it gained P@3 and lost a little NDCG.
/// v5 gives any experience in the vacancy's own branche half the branche points (FeatureExtractor), since a netwerker
/// considers everyone who has worked in the branche (the README's scoring).
/// Education and trede appear in the explanation but add no points: trede is already a hard requirement, and
/// employers' education demands are a known source of mismatch the WSP wants to see rather than enforce.
/// </summary>
public sealed class TransparentScorer : IRanker
{
    public const string RankerVersion = "transparent-v5";
    private const string DesiredCertificatesFactor = "gewenste_certificaten";
    private const double OccupationWeight = 22, TextWeight = 30, BrancheWeight = 9, DesiredWeight = 15, DistanceWeight = 4,
        HoursWeight = 10, LanguageWeight = 5, CategoryWeight = 5;

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public string Version => RankerVersion;

    public ScoredCandidate Score(Vacancy vacancy, CandidateProfile candidate, EligibilityResult eligibility, double textRelevance, DateOnly today)
    {
        var occupation = OccupationFit.For(vacancy, candidate, today);
        var f = FeatureExtractor.Extract(vacancy, candidate, textRelevance, today, occupation);
        var neighbours = NeighbouringBranches.YearsOf(vacancy.Branche, candidate);
        ScoreContribution[] contributions =
        [
            Contribution("beroep", f.OccupationFit, OccupationWeight, OccupationText(occupation)),
            Contribution("tekstrelevantie", f.TextRelevance, TextWeight, TextText(f.TextRelevance)),
            Contribution("ervaring_branche", f.BrancheExperience, BrancheWeight, BrancheText(vacancy, neighbours, f)),
            Contribution(DesiredCertificatesFactor, f.DesiredCertificateCoverage, DesiredWeight, vacancy.DesiredCertificates.Count == 0 ? "geen gewenste certificaten" : Say($"{f.DesiredCertificateCoverage:P0} van de gewenste certificaten")),
            Contribution("afstand", f.DistanceFit, DistanceWeight, Say($"{f.DistanceKm:0.0} km van max {candidate.MaxTravelKm} km")),
            Contribution("uren", f.HoursFit, HoursWeight, $"{candidate.HoursAvailablePerWeek} uur beschikbaar, vacature {EligibilityRules.HoursText(vacancy)}"),
            Contribution("taalniveau", f.LanguageFit, LanguageWeight, LanguageText(candidate, vacancy)),
            Contribution("categorie", f.CategoryFit, CategoryWeight, CategoryText(candidate)),
        ];
        var score = Math.Round(contributions.Sum(c => c.Points), 4);
        return new ScoredCandidate(candidate, score, f, Explain(vacancy, candidate, eligibility, f, occupation, neighbours, contributions, score, today));
    }

    public double ScoreOf(Vacancy vacancy, CandidateProfile candidate, double textRelevance, DateOnly today) =>
        PointsOf(FeatureExtractor.Extract(vacancy, candidate, textRelevance, today));

    /// <summary><see cref="ScoreOf"/> for a window, with the vacancy's occupation fit worked out once for all of it.</summary>
    public IReadOnlyList<double> ScoresOf(Vacancy vacancy, IReadOnlyList<WindowCandidate> window, DateOnly today)
    {
        var occupation = OccupationFit.ForVacancy(vacancy);
        var scores = new double[window.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            var (candidate, textRelevance) = window[i];
            scores[i] = PointsOf(FeatureExtractor.Extract(vacancy, candidate, textRelevance, today, occupation.Of(candidate, today)));
        }
        return scores;
    }

    private static double PointsOf(MatchFeatures f)
    {
        // The contributions' points summed in the same order and rounded the same way as in Score, so the two agree to the bit.
        var points = 0.0;
        points += PointsFor(f.OccupationFit, OccupationWeight);
        points += PointsFor(f.TextRelevance, TextWeight);
        points += PointsFor(f.BrancheExperience, BrancheWeight);
        points += PointsFor(f.DesiredCertificateCoverage, DesiredWeight);
        points += PointsFor(f.DistanceFit, DistanceWeight);
        points += PointsFor(f.HoursFit, HoursWeight);
        points += PointsFor(f.LanguageFit, LanguageWeight);
        points += PointsFor(f.CategoryFit, CategoryWeight);
        return Math.Round(points, 4);
    }

    /// <summary>The score from the features alone (the same sum as <see cref="Score"/>), for evaluating on logged features.</summary>
    public static double Points(MatchFeatures f) => Math.Round(
        Math.Round(f.OccupationFit, 4) * OccupationWeight + Math.Round(f.TextRelevance, 4) * TextWeight
        + Math.Round(f.BrancheExperience, 4) * BrancheWeight + Math.Round(f.DesiredCertificateCoverage, 4) * DesiredWeight
        + Math.Round(f.DistanceFit, 4) * DistanceWeight + Math.Round(f.HoursFit, 4) * HoursWeight
        + Math.Round(f.LanguageFit, 4) * LanguageWeight + Math.Round(f.CategoryFit, 4) * CategoryWeight, 4);

    private static MatchExplanation Explain(Vacancy vacancy, CandidateProfile candidate, EligibilityResult eligibility,
        MatchFeatures f, OccupationFitDetail occupation, IReadOnlyList<(Branche Branche, double Years)> neighbours,
        IReadOnlyList<ScoreContribution> contributions, double score, DateOnly today)
    {
        var met = eligibility.Checks.Where(c => c.Met && c.Requirement != Requirement.Active).Select(c => c.Reason).ToList();
        var missing = eligibility.Unmet.Select(c => c.Reason).ToList();
        var effective = CertificateCatalogue.Effective(candidate.Certificates);
        foreach (var code in vacancy.DesiredCertificates)
        {
            var check = EligibilityRules.CertificateCheck(code, effective, today, required: false);
            (check.Met ? met : missing).Add(check.Met ? $"gewenst {check.Reason}" : check.Reason);
        }
        if (f.LanguageFit < 1) missing.Add(LanguageText(candidate, vacancy));
        if (f.EducationFit < 1) missing.Add($"opleiding {candidate.Portfolio.EducationLevel.DutchName()}, gevraagd {vacancy.EducationLevel.DutchName()}");
        if (f.BrancheYears == 0) missing.Add(NeighbourNames(neighbours) is { } names
            ? $"geen ervaring in {vacancy.Branche.Dutch()} zelf (wel in {names})"
            : $"geen ervaring in {vacancy.Branche.Dutch()}");
        if (occupation.VacancyOccupation is { } wanted && occupation.Relation == OccupationRelation.None) missing.Add($"geen ervaring als {wanted}");

        // A factor the vacancy asks nothing of (no desired certificates) gives everyone full points: no reason to quote.
        var strongest = contributions
            .Where(c => c.Factor != DesiredCertificatesFactor || vacancy.DesiredCertificates.Count > 0)
            .OrderByDescending(c => c.Points).Take(2).Select(c => c.Reason);
        var summary = Say($"{score:0.0} punten: {string.Join("; ", strongest)}");
        return new MatchExplanation(summary, met, missing, contributions, Math.Round(f.DistanceKm, 1),
            HoursText(f.HoursFit, candidate, vacancy), StepText(candidate, vacancy));
    }

    /// <summary>"4 jaar als magazijnmedewerker (zelfde beroepsgroep als orderpicker)".</summary>
    private static string OccupationText(OccupationFitDetail o)
    {
        if (o.VacancyOccupation is not { } wanted) return "beroep van de vacature niet herkend";
        if (o.Relation == OccupationRelation.None || o.CandidateOccupation is not { } held) return $"geen ervaring als {wanted}";
        var years = o.Years > 0 ? Say($"{o.Years:0.#} jaar als ") : "ervaring als ";
        return $"{years}{held} ({o.Relation.DutchPhrase(wanted)}{LearningPlaceText(o)})";
    }

    /// <summary>On a learning place: whether the candidate counts as having begun the work, or as long experienced in it.</summary>
    private static string LearningPlaceText(OccupationFitDetail o) =>
        !o.LearningPlace ? ""
        : o.Beginner ? "; leerwerkplek: telt als beginner"
        : "; leerwerkplek: telt minder, ervaren vakkracht";

    /// <summary>
    /// "5 jaar ervaring in Productie", "3 jaar ervaring in Voedingsindustrie (verwante branche van Productie, telt een kwart)",
    /// "5 jaar ervaring in Productie; 2 jaar in Metaal (verwante branche, telt een kwart)", "geen ervaring in Productie".
    /// </summary>
    private static string BrancheText(Vacancy vacancy, IReadOnlyList<(Branche Branche, double Years)> neighbours, MatchFeatures f)
    {
        var own = vacancy.Branche.Dutch();
        if (neighbours.Count == 0)
            return f.BrancheYears > 0 ? Say($"{f.BrancheYears:0.#} jaar ervaring in {own}") : $"geen ervaring in {own}";
        var branches = neighbours.Count == 1 ? "verwante branche" : "verwante branches";
        return f.BrancheYears > 0
            ? Say($"{f.BrancheYears:0.#} jaar ervaring in {own}; {YearsIn(neighbours, "jaar in")} ({branches}, telt een kwart)")
            : $"{YearsIn(neighbours, "jaar ervaring in")} ({branches} van {own}, telt een kwart)";
    }

    private static string YearsIn(IEnumerable<(Branche Branche, double Years)> branches, string words) =>
        string.Join(", ", branches.Select(b => Say($"{b.Years:0.#} {words} {b.Branche.Dutch()}")));

    /// <summary>The neighbouring branches the candidate worked in ("Voedingsindustrie", "Metaal en Voedingsindustrie"); null for none.</summary>
    private static string? NeighbourNames(IReadOnlyList<(Branche Branche, double Years)> neighbours)
    {
        var names = neighbours.Select(n => n.Branche.Dutch()).ToList();
        return names.Count switch
        {
            0 => null,
            1 => $"verwante branche {names[0]}",
            _ => $"verwante branches {string.Join(", ", names[..^1])} en {names[^1]}",
        };
    }

    private static string TextText(double relevance) => relevance switch
    {
        >= 0.5 => "portfolio sluit aan bij de vacaturetekst",
        >= 0.2 => "portfolio sluit deels aan bij de vacaturetekst",
        _ => "portfolio sluit nauwelijks aan bij de vacaturetekst",
    };

    private static ScoreContribution Contribution(string factor, double value, double weight, string reason) =>
        new(factor, Math.Round(value, 4), weight, PointsFor(value, weight), reason);

    private static double PointsFor(double value, double weight) => Math.Round(value * weight, 4);

    private static string HoursText(double fit, CandidateProfile c, Vacancy v) =>
        (fit >= 1 ? "past: " : "deels: ") + $"{c.HoursAvailablePerWeek} uur beschikbaar, vacature {EligibilityRules.HoursText(v)}";

    private static string StepText(CandidateProfile c, Vacancy v) =>
        (v.Steps.Contains(c.ParticipationStep) ? "past: " : "buiten bereik: ") + $"trede {c.ParticipationStep}, vacature {v.Steps}";

    private static string CategoryText(CandidateProfile c) => $"categorie {DutchLabels.Category(c.Category, c.ClientGroup)}";

    public static string LanguageText(CandidateProfile c, Vacancy v) =>
        $"taalniveau {DutchLabels.Level(c.LanguageLevel)}, gevraagd {DutchLabels.Level(v.RequiredLanguageLevel)}";

    private static string Say(FormattableString text) => text.ToString(Dutch);
}
