namespace Matching.Domain.Eligibility;

/// <summary>One hard requirement of a vacancy checked against a candidate, with a reason a netwerker can read.</summary>
public sealed record RequirementCheck(Requirement Requirement, bool Met, string Reason, string? Detail = null);

public enum Requirement
{
    Active,
    Consent,
    Certificate,
    Distance,
    Step,
    Hours,
    Doelgroepregister,
    BeschutWerkIndication,
}
