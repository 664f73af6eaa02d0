namespace Matching.Domain.Eligibility;

public sealed record EligibilityResult(IReadOnlyList<RequirementCheck> Checks)
{
    public bool IsEligible => Checks.All(c => c.Met);

    public IEnumerable<RequirementCheck> Unmet => Checks.Where(c => !c.Met);
}
