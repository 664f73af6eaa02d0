using Matching.Domain.Common;
using Matching.Domain.Vacancies;

namespace Matching.Domain.UnitTests;

public sealed class StepRangeTests
{
    [Theory]
    [InlineData(VacancyKind.Regular, 5, 6)]
    [InlineData(VacancyKind.Werkervaringsplek, 3, 4)]
    [InlineData(VacancyKind.Vrijwilligerswerk, 2, 4)]
    [InlineData(VacancyKind.Loonkostensubsidie, 4, 6)]
    public void Each_kind_suits_its_policy_range(VacancyKind kind, int min, int max) =>
        Assert.Equal(new StepRange(min, max), kind.DefaultSteps());

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Contains_includes_both_ends(int step, bool expected) =>
        Assert.Equal(expected, new StepRange(3, 4).Contains(step));

    [Theory]
    [InlineData(1, 3, 2)]
    [InlineData(4, 3, 0)]
    [InlineData(6, 3, 2)]
    public void DistanceTo_counts_steps_outside(int step, int min, int expected) =>
        Assert.Equal(expected, new StepRange(min, min + 1).DistanceTo(step));

    [Fact]
    public void A_range_outside_the_ladder_is_invalid()
    {
        Assert.False(new StepRange(0, 3).IsValid);
        Assert.False(new StepRange(5, 7).IsValid);
        Assert.False(new StepRange(5, 4).IsValid);
        Assert.True(new StepRange(1, 6).IsValid);
    }
}
