using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Xunit.Abstractions;

namespace Matching.DemoData.Tests.Generator;

public class Generated_vacancies_are_matchable(ITestOutputHelper log)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2026)]
    [InlineData(31337)]
    public void Most_of_40_vacancies_have_at_least_3_eligible_candidates_among_300(int seed)
    {
        var generator = new DemoDataGenerator(seed);
        var candidates = generator.Candidates(300).Select(Validators.ValidCandidate).ToList();
        var vacancies = generator.Vacancies(40).Select(v => Validators.ValidVacancy(v.Id, v.Input)).ToList();
        var rules = new EligibilityRules(PartyDirectory.RegionZwolleDefault);
        var today = DateOnly.FromDateTime(Validators.Now.UtcDateTime);

        var wellServed = 0;
        foreach (var vacancy in vacancies)
        {
            var requester = PartyDirectory.RegionZwolleDefault.Find(vacancy.MunicipalityCode)!;
            var eligible = candidates.Count(c => rules.Evaluate(vacancy, c, requester, today).IsEligible);
            log.WriteLine($"{vacancy.Id} {vacancy.Kind,-18} {vacancy.Branche,-17} {vacancy.MunicipalityCode} {string.Join('+', vacancy.RequiredCertificates),-22} eligible {eligible}");
            if (eligible >= 3) wellServed++;
        }
        Assert.True(wellServed >= 30, $"only {wellServed} of 40 vacancies have 3 or more eligible candidates");
    }
}
