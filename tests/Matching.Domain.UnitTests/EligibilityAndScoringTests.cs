using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests;

public sealed class EligibilityAndScoringTests
{
    private static readonly PartyDirectory Parties = PartyDirectory.RegionZwolleDefault;
    private static readonly Party Dalfsen = Parties.Find("GM0148")!;
    private readonly EligibilityRules _rules = new(Parties);
    private readonly TransparentScorer _scorer = new();

    private EligibilityResult Check(Vacancy vacancy, CandidateProfile candidate, Party? requester = null) =>
        _rules.Evaluate(vacancy, candidate, requester ?? Dalfsen, Today);

    private IReadOnlyList<string> Rank(Vacancy vacancy, params CandidateProfile[] candidates) =>
        candidates
            .Select(c => (Candidate: c, Eligibility: Check(vacancy, c)))
            .Where(x => x.Eligibility.IsEligible)
            .Select(x => _scorer.Score(vacancy, x.Candidate, x.Eligibility, 0, Today))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Features.DistanceKm).ThenBy(s => s.Candidate.Reference, StringComparer.Ordinal)
            .Select(s => s.Candidate.Reference)
            .ToList();

    [Fact]
    public void Missing_required_certificate_excludes()
    {
        var result = Check(Vacancy(required: ["HEFTRUCK"]), Candidate(certificates: Cert("VCA_BASIS")));
        var unmet = Assert.Single(result.Unmet);
        Assert.Equal(Requirement.Certificate, unmet.Requirement);
        Assert.Equal("mist Heftruckcertificaat", unmet.Reason);
    }

    [Fact]
    public void Expired_required_certificate_excludes()
    {
        var result = Check(Vacancy(required: ["VCA_BASIS"]), Candidate(certificates: Cert("VCA_BASIS", issued: "2015-06-01")));
        Assert.False(result.IsEligible);
        Assert.Contains("verlopen", Assert.Single(result.Unmet).Reason);
    }

    [Fact]
    public void Implied_certificate_satisfies_a_requirement()
    {
        Assert.True(Check(Vacancy(required: ["VCA_BASIS"]), Candidate(certificates: Cert("VCA_VOL"))).IsEligible);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(6, true)]
    public void Regular_job_needs_trede_5_or_6(int step, bool eligible) =>
        Assert.Equal(eligible, Check(Vacancy(), Candidate(step: step)).IsEligible);

    [Fact]
    public void Too_few_hours_excludes_and_says_how_many_are_missing()
    {
        var unmet = Assert.Single(Check(Vacancy(minHours: 24), Candidate(hours: 20)).Unmet);
        Assert.Equal(Requirement.Hours, unmet.Requirement);
        Assert.Equal("4 uur", unmet.Detail);
    }

    [Fact]
    public void A_vacancy_beyond_the_candidates_travel_distance_excludes()
    {
        // Hardenberg (7771) is about 23 km from Dalfsen (7721).
        Assert.False(Check(Vacancy(pc4: "7771"), Candidate(maxTravelKm: 15)).IsEligible);
        Assert.True(Check(Vacancy(pc4: "7771"), Candidate(maxTravelKm: 30)).IsEligible);
    }

    [Fact]
    public void Consent_scope_decides_who_may_see_a_candidate()
    {
        var zwolle = Parties.Find("GM0193")!;
        var ommen = Parties.Find("GM0175")!;
        var vacancy = Vacancy();
        Assert.True(Check(vacancy, Candidate(consent: ConsentScope.OwnMunicipality), Dalfsen).IsEligible);
        Assert.False(Check(vacancy, Candidate(consent: ConsentScope.OwnMunicipality), ommen).IsEligible);
        Assert.True(Check(vacancy, Candidate(consent: ConsentScope.Subregion), ommen).IsEligible);
        Assert.False(Check(vacancy, Candidate(consent: ConsentScope.Subregion), zwolle).IsEligible);
        Assert.True(Check(vacancy, Candidate(consent: ConsentScope.Region), zwolle).IsEligible);
    }

    [Fact]
    public void LKS_job_needs_the_doelgroepregister()
    {
        var vacancy = Vacancy(kind: VacancyKind.Loonkostensubsidie);
        Assert.False(Check(vacancy, Candidate()).IsEligible);
        Assert.True(Check(vacancy, Candidate() with { Indications = new Indications(true, false) }).IsEligible);
    }

    [Fact]
    public void Scorer_orders_by_experience_certificates_distance_and_language()
    {
        var vacancy = Vacancy(required: ["HEFTRUCK"], desired: ["VCA_BASIS"]);
        var ranking = Rank(vacancy,
            Candidate("C-weak-language", logisticsYears: 5, language: Common.LanguageLevel.A1, certificates: [Cert("HEFTRUCK"), Cert("VCA_BASIS")]),
            Candidate("C-no-experience", certificates: [Cert("HEFTRUCK"), Cert("VCA_BASIS")]),
            Candidate("C-best", logisticsYears: 5, certificates: [Cert("HEFTRUCK"), Cert("VCA_BASIS")]),
            Candidate("C-no-vca", logisticsYears: 5, certificates: Cert("HEFTRUCK")),
            Candidate("C-excluded", logisticsYears: 10, certificates: Cert("VCA_BASIS")));

        // Five years as magazijnmedewerker is branche experience (10 points at most) but not the vacancy's occupation
        // (heftruckchauffeur, another ISCO group): the desired VCA (15 points) weighs more.
        Assert.Equal(["C-best", "C-weak-language", "C-no-experience", "C-no-vca"], ranking);
    }

    [Fact]
    public void Equal_scores_are_ordered_by_distance_then_reference()
    {
        // Same profile everywhere; the two in Dalfsen tie completely and fall back to the reference.
        var vacancy = Vacancy(pc4: "7721");
        var ranking = Rank(vacancy, Candidate("B-dalfsen", pc4: "7721"), Candidate("A-dalfsen", pc4: "7721"), Candidate("A-ommen", pc4: "7731"));
        Assert.Equal(["A-dalfsen", "B-dalfsen", "A-ommen"], ranking);
    }

    [Fact]
    public void A_portfolio_that_matches_the_vacancy_outweighs_living_next_door()
    {
        // Both within reach (the hard requirement); the one in Ommen (~18 km of 25) wrote what the vacancy asks for,
        // the one in Dalfsen nothing of it. Nearness only breaks near-ties: the portfolio decides.
        var vacancy = Vacancy(pc4: "7721");
        var near = Candidate("A-dalfsen", pc4: "7721");
        var far = Candidate("B-ommen", pc4: "7731");
        var nearScore = _scorer.Score(vacancy, near, Check(vacancy, near), 0, Today);
        var farScore = _scorer.Score(vacancy, far, Check(vacancy, far), 0.4, Today);

        Assert.True(Check(vacancy, far).IsEligible);
        Assert.True(farScore.Score > nearScore.Score, $"{farScore.Score} for the matching portfolio, {nearScore.Score} next door");
    }

    [Fact]
    public void Score_is_the_sum_of_the_contributions_and_explains_what_is_missing()
    {
        var vacancy = Vacancy(desired: ["VCA_BASIS"], language: Common.LanguageLevel.B2);
        var candidate = Candidate(logisticsYears: 2);
        var scored = _scorer.Score(vacancy, candidate, Check(vacancy, candidate), 0.5, Today);

        Assert.Equal(scored.Score, scored.Explanation.Contributions.Sum(c => c.Points), 3);
        Assert.Equal(100, scored.Explanation.Contributions.Sum(c => c.Weight));
        Assert.Contains("gewenst: VCA Basis", scored.Explanation.Missing);
        Assert.Contains("taalniveau B1, gevraagd B2", scored.Explanation.Missing);
        // Half for any logistics experience, and 2 / (2 + 2) of the other half for its two years.
        Assert.Equal(0.75, scored.Features.BrancheExperience, 6);
    }
}
