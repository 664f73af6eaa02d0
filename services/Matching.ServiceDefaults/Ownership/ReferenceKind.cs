namespace Matching.ServiceDefaults.Ownership;

/// <summary>The kinds of reference a municipality owns: a candidate's pseudonymous reference and a vacancy id.</summary>
public enum ReferenceKind
{
    Candidate,
    Vacancy,
}

public static class ReferenceKinds
{
    /// <summary>The index a reference of this kind is written to.</summary>
    public static Outbox.IndexTarget Target(this ReferenceKind kind) =>
        kind == ReferenceKind.Candidate ? Outbox.IndexTarget.Candidates : Outbox.IndexTarget.Vacancies;
}
