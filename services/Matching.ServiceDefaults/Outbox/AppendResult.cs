using Matching.ServiceDefaults.Ownership;

namespace Matching.ServiceDefaults.Outbox;

/// <summary>
/// What queueing a write did: its sequence, or (sequence 0, nothing stored) the claims another party owns
/// (<paramref name="Lost"/>) or whose reference moved past the version the writer read (<see cref="Stale"/>).
/// <paramref name="Claimed"/> are the references it claimed first; <see cref="Versions"/> the version each reference
/// has with this write (every queued write of a reference adds one).
/// </summary>
public sealed record AppendResult(long Sequence, IReadOnlyList<ReferenceClaim> Lost, IReadOnlySet<string> Claimed)
{
    public IReadOnlyList<StaleClaim> Stale { get; init; } = [];

    public IReadOnlyDictionary<string, long> Versions { get; init; } = new Dictionary<string, long>();
}

/// <summary>A claim that expected <see cref="ReferenceClaim.ExpectedVersion"/> while the reference is at <paramref name="Current"/>.</summary>
public sealed record StaleClaim(ReferenceClaim Claim, long Current);

/// <summary>
/// A reference's version in the registry (<paramref name="Current"/>: how many writes were queued for it) and how many
/// of those still wait to be indexed or are parked (<paramref name="Waiting"/>): the index shows version Current - Waiting.
/// </summary>
public sealed record ReferenceVersion(long Current, int Waiting)
{
    public long Indexed => Current - Waiting;
}
