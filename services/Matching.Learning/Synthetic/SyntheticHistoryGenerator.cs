using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Domain.Candidates;
using Matching.Domain.Outcomes;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;

namespace Matching.Learning.Synthetic;

/// <summary>
/// Simulates netwerkers working through the transparent scorer's lists. Each shown pair has a hidden utility that
/// deliberately differs from the scorer's weights (hours fit, absolute travel distance, recent activity and earlier
/// outcomes with the employer weigh heavily; text relevance little), plus noise. The netwerker looks at position p
/// with probability 1/√p (position bias); what they look at turns into contacted / interested / invited / placed or
/// a "no" by the utility. Deterministic for a seed. Monitoring attributes are drawn independently of everything else.
/// </summary>
public sealed class SyntheticHistoryGenerator(int seed)
{
    public const string RecordedBy = "synthetic";

    public SyntheticHistory Generate(IReadOnlyList<Vacancy> vacancies, IReadOnlyList<CandidateProfile> candidates, DateOnly today, int listSize = 30)
    {
        var random = new Random(seed);
        var active = candidates.Select(c => c with { UpdatedAt = new DateTimeOffset(today.AddDays(-random.Next(0, 540)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) }).ToList();
        var history = new Dictionary<(string, string), EmployerHistory>();
        var impressions = new List<Impression>();
        var outcomes = new List<MatchOutcome>();
        var rankings = new List<LoggedRanking>();
        var hidden = new Dictionary<(string, string), int>();
        var at = new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddDays(-vacancies.Count);
        foreach (var vacancy in vacancies)
        {
            at = at.AddDays(1);
            var pool = active.Where(c => Plausible(vacancy, c)).ToList();
            if (pool.Count < 5) continue;
            var words = Words($"{vacancy.Title} {vacancy.Description}");
            var overlap = pool.Select(c => (double)Words(PortfolioText(c)).Count(words.Contains)).ToList();
            var maxOverlap = Math.Max(1, overlap.Max());
            var scored = pool.Select((c, i) =>
            {
                var h = history.GetValueOrDefault((c.Reference, vacancy.Employer), EmployerHistory.None);
                var f = FeatureExtractor.Extract(vacancy, c, overlap[i] / maxOverlap, today, h);
                return (Candidate: c, Features: f, Points: TransparentScorer.Points(f), Utility: Utility(f) + Gaussian(random) * 0.35);
            }).OrderByDescending(s => s.Points).ThenBy(s => s.Candidate.Reference, StringComparer.Ordinal).ToList();
            rankings.Add(new LoggedRanking(vacancy.Id, TransparentScorer.RankerVersion, at, Math.Min(listSize, scored.Count), scored.Select(s => s.Candidate.Reference).ToList()));

            var shown = scored.Take(listSize).ToList();
            var mean = shown.Average(s => s.Utility);
            var sd = Math.Sqrt(shown.Average(s => (s.Utility - mean) * (s.Utility - mean))) + 1e-9;
            foreach (var (s, index) in shown.Select((s, i) => (s, i)).OrderByDescending(x => x.s.Utility))
            {
                var rank = index + 1;
                var z = (s.Utility - mean) / sd;
                var key = (vacancy.Id, s.Candidate.Reference);
                hidden[key] = HiddenGrade(z);
                impressions.Add(new Impression(vacancy.Id, s.Candidate.Reference, rank, TransparentScorer.RankerVersion, at, s.Features));
                var kinds = new List<OutcomeKind> { OutcomeKind.Shown };
                if (random.NextDouble() < 1 / Math.Sqrt(rank)) kinds.AddRange(Steps(z + Gaussian(random) * 0.3, random));
                for (var k = 0; k < kinds.Count; k++)
                    outcomes.Add(new MatchOutcome($"syn-{vacancy.Id}-{s.Candidate.Reference}-{k}", vacancy.Id, s.Candidate.Reference, vacancy.Employer,
                        kinds[k], kinds[k] == OutcomeKind.Placed ? PlacementFor(vacancy.Kind) : null, null, at.AddHours(k), RecordedBy, at.AddHours(k)));
                var positive = kinds.Count(RelevanceGrade.IsPositive);
                var negative = kinds.Count(RelevanceGrade.IsNegative);
                if (positive + negative > 0)
                {
                    var h = history.GetValueOrDefault((s.Candidate.Reference, vacancy.Employer), EmployerHistory.None);
                    history[(s.Candidate.Reference, vacancy.Employer)] = new EmployerHistory(h.Positive + positive, h.Negative + negative);
                }
            }
            impressions.Sort((a, b) => a.VacancyId == b.VacancyId ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.VacancyId, b.VacancyId));
        }
        var monitoring = active.Select(c => new MonitoringProfile(c.Reference, today.Year - random.Next(18, 67),
            random.NextDouble() < 0.5 ? MonitoredGender.Female : MonitoredGender.Male, random.NextDouble() < 0.15)).ToList();
        return new SyntheticHistory(impressions, outcomes, rankings, hidden, monitoring);
    }

    /// <summary>The hidden preference. Its weights are not the scorer's: that is what a learned model has to find.</summary>
    public static double Utility(MatchFeatures f) =>
        2.0 * f.HoursFit * f.HoursFit
        + 1.5 * f.ActivityRecency
        - 0.06 * f.DistanceKm
        + 3.0 * (f.EmployerHistoryFit - EmployerHistory.Neutral)
        + 1.0 * f.BrancheExperience
        + 0.8 * f.LanguageFit
        + 0.6 * f.StepFit * f.CategoryFit
        + 0.3 * f.TextRelevance;

    /// <summary>The grade a pair deserves by its noisy utility alone, without position bias: what "recovering the preference" is measured on.</summary>
    private static int HiddenGrade(double z) => z > 1.4 ? 4 : z > 0.9 ? 3 : z > 0.4 ? 2 : z > -0.6 ? 1 : 0;

    /// <summary>What follows when the netwerker looks at the pair: the further up the hidden utility, the further it gets.</summary>
    private static IEnumerable<OutcomeKind> Steps(double z, Random random)
    {
        if (z < -0.6) return random.NextDouble() < 0.5 ? [OutcomeKind.Contacted, OutcomeKind.NotInterested] : [];
        if (z < 0.4) return [OutcomeKind.Contacted, random.NextDouble() < 0.5 ? OutcomeKind.NotInterested : OutcomeKind.Interested, OutcomeKind.RejectedByEmployer];
        if (z < 0.9) return [OutcomeKind.Contacted, OutcomeKind.Interested];
        if (z < 1.4) return [OutcomeKind.Contacted, OutcomeKind.Interested, OutcomeKind.Invited];
        return [OutcomeKind.Contacted, OutcomeKind.Interested, OutcomeKind.Invited, OutcomeKind.Placed];
    }

    private static PlacementKind PlacementFor(VacancyKind kind) => kind switch
    {
        VacancyKind.Loonkostensubsidie => PlacementKind.Loonkostensubsidie,
        VacancyKind.BeschutWerk => PlacementKind.BeschutWerk,
        VacancyKind.Werkervaringsplek or VacancyKind.Werkstage => PlacementKind.Werkervaringsplek,
        VacancyKind.Proefplaatsing => PlacementKind.Proefplaatsing,
        VacancyKind.Leerwerkplek => PlacementKind.Leerwerkplek,
        VacancyKind.Vrijwilligerswerk => PlacementKind.Vrijwilligerswerk,
        _ => PlacementKind.Regular,
    };

    /// <summary>A loose stand-in for the hard requirements: within travel distance, trede in range, enough hours.</summary>
    private static bool Plausible(Vacancy v, CandidateProfile c) =>
        c.Status == CandidateStatus.Active && c.Home.DistanceKmTo(v.Location) <= c.MaxTravelKm
        && v.Steps.Contains(c.ParticipationStep) && c.HoursAvailablePerWeek >= v.MinHoursPerWeek;

    private static string PortfolioText(CandidateProfile c) =>
        string.Join(' ', c.Portfolio.Skills.Concat(c.Portfolio.Interests).Concat(c.Portfolio.Education).Concat(c.Portfolio.WorkExperience.Select(w => w.Occupation)));

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', '-', '/', '(', ')', ':', ';', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToHashSet();

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
