namespace Matching.ServiceDefaults.Ownership;

/// <summary>The kinds of reference a municipality owns: a candidate's pseudonymous reference and a vacancy id.</summary>
public enum ReferenceKind
{
    Candidate,
    Vacancy,
}
