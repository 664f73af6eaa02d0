using Matching.Domain.Common;
using Matching.Domain.Eligibility;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using static Matching.Domain.UnitTests.Builders;

namespace Matching.Domain.UnitTests;

/// <summary>Education is compared by the Dutch qualifications framework (NLQF) and explained as people write it.</summary>
public sealed class EducationByNlqfTests
{
    private static readonly PartyDirectory Parties = PartyDirectory.RegionZwolleDefault;
    private readonly EligibilityRules _rules = new(Parties);
    private readonly TransparentScorer _scorer = new();

    private ScoredCandidate Score(EducationLevel asked, EducationLevel held)
    {
        var vacancy = Vacancy() with { EducationLevel = asked };
        var candidate = Candidate() with { Portfolio = Candidate().Portfolio with { EducationLevel = held } };
        return _scorer.Score(vacancy, candidate, _rules.Evaluate(vacancy, candidate, Parties.Find("GM0148")!, Today), 0, Today);
    }

    [Theory]
    [InlineData(EducationLevel.Mbo1, EducationLevel.Vmbo)]
    [InlineData(EducationLevel.Vmbo, EducationLevel.Mbo1)]
    [InlineData(EducationLevel.Mbo4, EducationLevel.HavoVwo)]
    [InlineData(EducationLevel.HavoVwo, EducationLevel.Mbo4)]
    public void Levels_at_the_same_nlqf_level_fit(EducationLevel asked, EducationLevel held)
    {
        var scored = Score(asked, held);
        Assert.Equal(1, scored.Features.EducationFit);
        Assert.DoesNotContain(scored.Explanation.Missing, m => m.StartsWith("opleiding", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lower_level_is_missing_and_named_as_people_write_it()
    {
        var scored = Score(EducationLevel.Mbo2, EducationLevel.Vmbo);
        Assert.True(scored.Features.EducationFit < 1);
        Assert.Contains("opleiding vmbo, gevraagd mbo 2", scored.Explanation.Missing);
    }

    [Fact]
    public void No_diploma_known_is_said_in_words()
    {
        Assert.Contains("opleiding geen diploma bekend, gevraagd mbo 1", Score(EducationLevel.Mbo1, EducationLevel.None).Explanation.Missing);
    }
}
