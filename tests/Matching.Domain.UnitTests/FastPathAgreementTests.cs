using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests;

/// <summary>
/// Ranking orders its window with <see cref="EligibilityRules.IsEligible"/> and <see cref="IRanker.ScoreOf"/> and
/// explains only the top-k: both must give exactly what the explaining calls give, over every kind of pair.
/// </summary>
public sealed class FastPathAgreementTests
{
    private static readonly PartyDirectory Parties = PartyDirectory.RegionZwolleDefault;
    private readonly EligibilityRules _rules = new(Parties);
    private readonly TransparentScorer _scorer = new();

    public static TheoryData<VacancyKind> Kinds => new(Enum.GetValues<VacancyKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void IsEligible_and_ScoreOf_agree_with_Evaluate_and_Score(VacancyKind kind)
    {
        var vacancies = new[]
        {
            Vacancy(kind: kind),
            Vacancy(pc4: "8011", kind: kind, required: ["VCA_BASIS"], desired: ["HEFTRUCK", "BHV"], minHours: 16, maxHours: 16, language: LanguageLevel.B2),
            Vacancy(kind: kind, required: ["RIJBEWIJS_B", "CODE_95"], desired: ["VCA_VOL"], minHours: 32),
        };
        var checkedPairs = 0;
        foreach (var vacancy in vacancies)
        foreach (var candidate in Candidates())
        foreach (var requester in new[] { Parties.Find("GM0148")!, Parties.Find("GM0193")! })
        {
            var full = _rules.Evaluate(vacancy, candidate, requester, Today);
            Assert.Equal(full.IsEligible, _rules.IsEligible(vacancy, candidate, requester, Today));
            foreach (var relevance in new[] { 0, 0.123456789, 1 })
                Assert.Equal(_scorer.Score(vacancy, candidate, full, relevance, Today).Score, _scorer.ScoreOf(vacancy, candidate, relevance, Today));
            checkedPairs++;
        }
        Assert.True(checkedPairs > 1000);
    }

    [Fact]
    public void ScoresOf_a_window_agrees_with_Score_for_each_candidate()
    {
        // A window works out the vacancy's occupation once and relates each occupation it holds once: candidates that
        // share an occupation, codes that name one, a code that names none (its text decides), and texts of every relation.
        WorkExperience[][] experiences =
        [
            [new(Branche.Logistiek, "magazijnmedewerker", 4)],
            [new(Branche.Logistiek, "magazijnmedewerker", 1, EndedYear: Today.Year - 9)],
            [new(Branche.Logistiek, "diverse werkzaamheden", 2, OccupationCode: "9333.8.1")],
            [new(Branche.Logistiek, "pakhuismedewerker", 3, OccupationCode: "0000.0")],
            [new(Branche.Logistiek, "loodsmedewerker", 2), new(Branche.Horeca, "kok", 6)],
            [new(Branche.Detailhandel, "schappenvuller", 5), new(Branche.Logistiek, "pakhuismedewerker", 1)],
            [new(Branche.Horeca, "kok", 6)],
            [],
        ];
        var window = Candidates().Take(40)
            .Select((c, i) => new WindowCandidate(c with { Portfolio = c.Portfolio with { WorkExperience = experiences[i % experiences.Length] } }, i % 7 / 7.0))
            .ToList();
        var requester = Parties.Find("GM0148")!;
        foreach (var title in new[] { "Orderpicker", "Magazijnmedewerker", "Loodsmedewerker", "Allround kracht" })
        {
            var vacancy = Vacancy() with { Title = title };
            var scores = _scorer.ScoresOf(vacancy, window, Today);
            for (var i = 0; i < window.Count; i++)
            {
                var (candidate, relevance) = window[i];
                Assert.Equal(_scorer.Score(vacancy, candidate, _rules.Evaluate(vacancy, candidate, requester, Today), relevance, Today).Score, scores[i]);
            }
        }
    }

    private static IEnumerable<CandidateProfile> Candidates()
    {
        var certificateSets = new[]
        {
            Array.Empty<Certificates.HeldCertificate>(),
            [Cert("VCA_VOL")],
            [Cert("VCA_BASIS", issued: "2015-06-01")],
            [Cert("RIJBEWIJS_CE", issued: "2023-03-01"), Cert("CODE_95", issued: "2022-01-01"), Cert("BHV", issued: "2026-02-01")],
            [Cert("HEFTRUCK"), Cert("UNKNOWN_CODE")],
        };
        var i = 0;
        foreach (var pc4 in new[] { "7721", "8011", "7941" })
        foreach (var step in new[] { 2, 4, 6 })
        foreach (var hours in new[] { 12, 32, 40 })
        foreach (var travel in new[] { 5, 40 })
        foreach (var certificates in certificateSets)
        {
            var candidate = Candidate($"C-{i}", pc4, step, hours, travel, logisticsYears: i % 3 * 2.5,
                language: (LanguageLevel)(i % 4), consent: (ConsentScope)(i % 3), municipality: i % 2 == 0 ? "GM0148" : "GM0193",
                certificates: certificates);
            yield return (i % 5) switch
            {
                1 => candidate with { Status = CandidateStatus.Paused },
                2 => candidate with { Indications = new Indications(true, false) },
                3 => candidate with { Indications = new Indications(false, true), Category = null, ClientGroup = ClientGroup.Werkvoorzienend },
                _ => candidate,
            };
            i++;
        }
    }
}
