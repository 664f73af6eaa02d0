using System.Collections.Concurrent;
using Lucene.Net.Index;
using Matching.Domain.Candidates;

namespace Matching.Search.Lucene;

/// <summary>
/// The candidate index's deserialised profiles, per segment core (<see cref="SegmentProfiles"/>), up to a budget of
/// profiles in all. A segment's entry is dropped when Lucene disposes its core (merged away, or the last reader
/// closed), which also returns its profiles to the budget. Past the budget, hits are read from the index
/// (<see cref="CompactProfileField"/>, else the JSON source): memory stays bounded whatever the pool size, at the price of the uncached reads.
/// </summary>
internal sealed class ProfileCache(int capacity)
{
    private readonly ConcurrentDictionary<object, SegmentProfiles> _segments = new();
    private int _cached;

    /// <summary>Profiles held now, over all live segments.</summary>
    public int Count => Volatile.Read(ref _cached);

    /// <summary>The profile of <paramref name="doc"/> (a segment-local id) in <paramref name="reader"/>.</summary>
    public CandidateProfile Load(AtomicReader reader, int doc)
    {
        // Only a segment reader has a core whose disposal we can hear of; anything else is read every time.
        if (capacity <= 0 || reader is not SegmentReader segment) return Read(reader, doc);
        var profiles = SegmentFor(segment);
        return profiles.Find(doc) ?? Add(segment, profiles, doc);
    }

    /// <summary>
    /// Loads the live documents of <paramref name="reader"/> not cached yet, until the budget is full or
    /// <paramref name="stop"/> is cancelled, so that the first search for a vacancy does not pay for the reads.
    /// </summary>
    public void Fill(IndexReader reader, CancellationToken stop)
    {
        foreach (var leaf in reader.Leaves)
        {
            if (Count >= capacity) return;
            if (leaf.AtomicReader is not SegmentReader segment) continue;
            var profiles = SegmentFor(segment);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (Count >= capacity || stop.IsCancellationRequested) return;
                if ((live is null || live.Get(doc)) && profiles.Find(doc) is null) Add(segment, profiles, doc);
            }
        }
    }

    /// <summary>Reads and keeps the profile within the budget; when another thread kept it first, returns theirs.</summary>
    private CandidateProfile Add(AtomicReader reader, SegmentProfiles profiles, int doc)
    {
        var profile = Read(reader, doc);
        if (Interlocked.Increment(ref _cached) > capacity)
        {
            Interlocked.Decrement(ref _cached);
            return profile;
        }
        if (profiles.TryAdd(doc, profile)) return profile;
        Interlocked.Decrement(ref _cached);
        return profiles.Find(doc) ?? profile;
    }

    /// <summary>From the compact doc value where the document has one, else from the JSON source.</summary>
    private static CandidateProfile Read(AtomicReader reader, int doc) =>
        CompactProfileField.Read(reader, doc) ?? SourceField.Read<CandidateProfile>(reader.Document(doc));

    private SegmentProfiles SegmentFor(SegmentReader reader)
    {
        var key = reader.CoreCacheKey;
        if (_segments.TryGetValue(key, out var existing)) return existing;
        var created = new SegmentProfiles(reader.MaxDoc);
        var profiles = _segments.GetOrAdd(key, created);
        if (ReferenceEquals(profiles, created)) reader.AddCoreDisposedListener(new Eviction(this));
        return profiles;
    }

    private void Evict(object coreKey)
    {
        if (_segments.TryRemove(coreKey, out var profiles)) Interlocked.Add(ref _cached, -profiles.Count);
    }

    private sealed class Eviction(ProfileCache cache) : SegmentReader.ICoreDisposedListener
    {
        public void OnDispose(object ownerCoreCacheKey) => cache.Evict(ownerCoreCacheKey);
    }
}
