using Matching.ServiceDefaults.Outbox;

namespace Matching.ServiceDefaults.Ownership;

/// <summary>
/// A write expected a reference at the version its writer read, and another write came first; nothing of the write
/// was stored. The caller reads the reference again and reapplies the change (HTTP 412 for a stale If-Match).
/// </summary>
public sealed class VersionConflictException(IReadOnlyList<StaleClaim> stale)
    : Exception($"{stale.Count} reference(s) changed since they were read.")
{
    public IReadOnlyList<StaleClaim> Stale { get; } = stale;
}
