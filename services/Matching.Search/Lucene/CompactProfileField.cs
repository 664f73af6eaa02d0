using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Matching.Domain.Candidates;

namespace Matching.Search.Lucene;

/// <summary>
/// The profile once more, as <see cref="ProfileCodec"/> bytes in a binary doc-values field, for the search hits the
/// profile cache does not hold: reading a value is a seek and a copy, where the JSON source costs decompressing its
/// stored-fields block, a UTF-16 string and the JSON parse (about 6 KB allocated per hit against 1.2 KB). The JSON
/// source stays the record of truth (<see cref="SourceField"/>, used by Get and by every document without this
/// field: indexes written before it, and profiles too long for a doc value), so no index needs rebuilding.
/// </summary>
internal static class CompactProfileField
{
    public const string Name = "_profile";

    /// <summary>Lucene's limit for one binary doc value.</summary>
    private static readonly int MaxLength = ByteBlockPool.BYTE_BLOCK_SIZE - 2;

    [ThreadStatic] private static BytesRef? _scratch;

    /// <summary>The field for <paramref name="profile"/>, or null when its bytes exceed what a doc value may hold.</summary>
    public static BinaryDocValuesField? Of(CandidateProfile profile)
    {
        var bytes = ProfileCodec.Encode(profile);
        return bytes.Length <= MaxLength ? new BinaryDocValuesField(Name, new BytesRef(bytes)) : null;
    }

    /// <summary>The profile of <paramref name="doc"/> (segment-local) from its compact field; null when it has none.</summary>
    public static CandidateProfile? Read(AtomicReader reader, int doc)
    {
        // Per thread and segment, Lucene hands out the same instance: it holds a file pointer, so no sharing across threads.
        if (reader.GetBinaryDocValues(Name) is not { } values) return null;
        var scratch = _scratch ??= new BytesRef();
        values.Get(doc, scratch);
        return scratch.Length == 0 ? null : ProfileCodec.Decode(scratch.Bytes.AsSpan(scratch.Offset, scratch.Length));
    }
}
