namespace Matching.ServiceDefaults.Ownership;

/// <summary>
/// A write claimed references another party already owns; nothing of the write was stored. Carries the claims that
/// lost, never the owners, so an answer built from it cannot reveal who owns a reference.
/// </summary>
public sealed class OwnershipConflictException(IReadOnlyList<ReferenceClaim> lost)
    : Exception($"{lost.Count} reference(s) are owned by another party.")
{
    public IReadOnlyList<ReferenceClaim> Lost { get; } = lost;
}
