using System.Text.RegularExpressions;
using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;

namespace Matching.Domain.UnitTests;

/// <summary>The explanation every output shows (gRPC, weekdate, workbench) is Dutch at the source: no enum code in it.</summary>
public sealed class DutchExplanationTests
{
    private static readonly string[] Codes = Enum.GetNames<EducationLevel>().Concat(Enum.GetNames<ConsentScope>())
        .Concat(Enum.GetNames<DalfsenCategory>()).Concat(Enum.GetNames<ClientGroup>()).Concat(Enum.GetNames<VacancyKind>())
        .Concat(Enum.GetNames<CandidateStatus>()).Where(c => c.Skip(1).Any(char.IsUpper) || c is "None" or "Regular" or "Region" or "Active")
        .ToArray();

    [Fact]
    public void An_explanation_names_no_code_for_consent_category_language_or_education()
    {
        var vacancy = Builders.Vacancy(language: LanguageLevel.A2) with { EducationLevel = EducationLevel.Mbo2 };
        var candidate = Builders.Candidate(language: LanguageLevel.None, consent: ConsentScope.Subregion) with
        {
            Category = DalfsenCategory.MeedoenMaximumReached,
            ClientGroup = ClientGroup.LerenEnOntwikkelen,
            Portfolio = EPortfolio.Empty with { EducationLevel = EducationLevel.ProVso },
        };
        var rules = new EligibilityRules(PartyDirectory.RegionZwolleDefault);
        var eligibility = rules.Evaluate(vacancy, candidate, PartyDirectory.RegionZwolleDefault.Find("GM0148")!, Builders.Today);

        var e = new TransparentScorer().Score(vacancy, candidate, eligibility, 0.3, Builders.Today).Explanation;

        var texts = new[] { e.Summary, e.HoursFit, e.StepFit }.Concat(e.Met).Concat(e.Missing).Concat(e.Contributions.Select(c => c.Reason)).ToList();
        var found = Codes.Where(code => texts.Any(t => Regex.IsMatch(t, $@"\b{code}\b"))).ToList();
        Assert.True(found.Count == 0, $"codes in the explanation: {string.Join(", ", found)}\n{string.Join("\n", texts)}");
        Assert.Contains("toestemming voor delen (gemeenten in de subregio)", e.Met);
        Assert.Contains("taalniveau niet bekend, gevraagd A2", e.Missing);
        Assert.Contains("opleiding praktijkonderwijs of vso, gevraagd mbo 2", e.Missing);
        Assert.Contains(e.Contributions, c => c.Reason == "categorie meedoen, maximaal bereikt / leren en ontwikkelen");
    }

    [Fact]
    public void An_inactive_candidate_s_status_is_said_in_dutch()
    {
        var rules = new EligibilityRules(PartyDirectory.RegionZwolleDefault);
        var paused = Builders.Candidate() with { Status = CandidateStatus.Paused };

        var check = rules.Evaluate(Builders.Vacancy(), paused, PartyDirectory.RegionZwolleDefault.Find("GM0148")!, Builders.Today)
            .Checks.Single(c => c.Requirement == Requirement.Active);

        Assert.Equal("status tijdelijk niet beschikbaar", check.Reason);
    }

    [Fact]
    public void Every_branche_has_a_dutch_name()
    {
        Assert.DoesNotContain("onbekend", Enum.GetValues<Branche>().Select(DutchLabels.Of));
        Assert.Equal("techniek/installatie", DutchLabels.Of(Branche.Techniek));
    }
}
