using Matching.Domain.Candidates;

namespace Matching.Search.Lucene;

/// <summary>
/// Deserialised profiles of one segment, filled lazily by doc id. Reading a stored document decompresses its whole
/// block and the JSON then costs more again (about 30 µs a hit together): a search that loads its rescoring window
/// would otherwise pay that for every hit on every call. A segment's stored fields never change, so an entry never
/// goes stale: an update deletes the old document (deleted docs are never hit) and adds the new one to a new segment,
/// whose cache starts empty.
/// </summary>
internal sealed class SegmentProfiles
{
    private readonly CandidateProfile?[] _profiles;
    private int _count;

    public SegmentProfiles(int maxDoc) => _profiles = new CandidateProfile?[maxDoc];

    /// <summary>Profiles held: what this segment gives back to the budget when it is dropped.</summary>
    public int Count => Volatile.Read(ref _count);

    public CandidateProfile? Find(int doc) => Volatile.Read(ref _profiles[doc]);

    /// <summary>Keeps <paramref name="profile"/> unless another reader stored it first; true when this call added it.</summary>
    public bool TryAdd(int doc, CandidateProfile profile)
    {
        if (Interlocked.CompareExchange(ref _profiles[doc], profile, null) is not null) return false;
        Interlocked.Increment(ref _count);
        return true;
    }
}
