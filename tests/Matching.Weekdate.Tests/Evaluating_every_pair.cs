using Matching.DemoData;
using Matching.Domain.Candidates;
using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;

namespace Matching.Weekdate.Tests;

/// <summary>
/// The weekdate evaluates every vacancy × candidate pair with shortcuts (what depends on the candidate alone once, the
/// remaining requirements counted without reasons, only a near miss's one gap checked again in full). On a generated
/// pool it hands over exactly the pairs, in the same order and with the same texts, as the eligibility rules'
/// full evaluation of every pair without any shortcut.
/// </summary>
public sealed class Evaluating_every_pair
{
    private static readonly PartyDirectory Parties = PartyDirectory.RegionZwolleDefault;

    [Theory]
    // The day the pool was generated, and a year and a half later when many certificates have expired.
    [InlineData(Build.Dalfsen, "2026-11-30")]
    [InlineData(Build.Zwolle, "2026-11-30")]
    [InlineData(Build.Zwolle, "2028-06-01")]
    public void Gives_the_pairs_the_full_rules_give_for_every_pair(string party, string day)
    {
        var generator = new DemoDataGenerator(16, new DateOnly(2026, 11, 25));
        // Every status and consent scope, owned across the region: the rules' own checks all get to say no.
        var candidates = DemoProfiles.Candidates(generator, 3_000);
        var vacancies = DemoProfiles.Vacancies(generator, 80);
        var requester = Parties.Find(party)!;
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var options = new WeekdateOptions();
        var rules = new EligibilityRules(Parties);

        var eligible = new List<string>();
        var nearMisses = new List<string>();
        new PairEvaluator(rules, Microsoft.Extensions.Options.Options.Create(options)).Evaluate(vacancies, candidates, requester, today,
            pair => eligible.Add($"{pair.Vacancy.Id} {pair.Candidate.Reference}"),
            miss => nearMisses.Add($"{miss.Vacancy.Id} {miss.Candidate.Reference} {miss.Key} | {miss.Missing} | {miss.Detail}"));

        var (expectedEligible, expectedNearMisses) = FullRulesOnEveryPair(vacancies, candidates, requester, today, rules, options.MaxHoursShort);
        Assert.Equal(expectedEligible, eligible);
        Assert.Equal(expectedNearMisses, nearMisses);
        // The pool exercises every path: matches, and near misses of both kinds.
        Assert.NotEmpty(eligible);
        Assert.Contains(nearMisses, m => m.Contains(" certificaat:", StringComparison.Ordinal));
        Assert.Contains(nearMisses, m => m.Contains(" uren:", StringComparison.Ordinal));
        Assert.Contains(candidates, c => c.Status != CandidateStatus.Active);
        Assert.Contains(candidates, c => !rules.MayBeSharedWith(c, requester));
    }

    private static (List<string> Eligible, List<string> NearMisses) FullRulesOnEveryPair(IReadOnlyList<Vacancy> vacancies,
        IReadOnlyList<CandidateProfile> candidates, Party requester, DateOnly today, EligibilityRules rules, int maxHoursShort)
    {
        var eligible = new List<string>();
        var nearMisses = new List<string>();
        foreach (var vacancy in vacancies)
            foreach (var candidate in candidates)
            {
                var result = rules.Evaluate(vacancy, candidate, requester, today);
                if (result.IsEligible) eligible.Add($"{vacancy.Id} {candidate.Reference}");
                else if (FixableGap.Of(vacancy, candidate, result, maxHoursShort) is { } gap)
                    nearMisses.Add($"{vacancy.Id} {candidate.Reference} {gap.Key} | {gap.Missing} | {gap.Detail}");
            }
        return (eligible, nearMisses);
    }
}
