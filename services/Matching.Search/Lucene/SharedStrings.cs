using System.Collections.Concurrent;
using System.Text;

namespace Matching.Search.Lucene;

/// <summary>
/// One instance of each short string that repeats across profiles (municipality and certificate codes, PC4 areas,
/// occupations and their codes, education, skills and interests, mostly chosen from lists), so the profile cache
/// holds a "GM0193" or an "orderpicken" once instead of once per profile: the strings were two thirds of a cached
/// profile's heap. Bounded: at most <see cref="Capacity"/> strings of at most <see cref="MaxBytes"/> UTF-8 bytes are
/// kept, first come first kept; any other string is made anew per read, as without the pool. Thread-safe.
/// </summary>
internal sealed class SharedStrings(int capacity)
{
    /// <summary>Longer strings (free text) are rarely repeated: never kept.</summary>
    public const int MaxBytes = 64;

    /// <summary>The default capacity: at most ~3 MB of strings however many distinct values profiles hold.</summary>
    public const int DefaultCapacity = 20_000;

    /// <summary>The pool the profile codec reads through.</summary>
    public static SharedStrings Profiles { get; } = new(DefaultCapacity);

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private int _count;

    private ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup => _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Capacity => capacity;

    /// <summary>Strings kept now (never more than <see cref="Capacity"/>).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The string <paramref name="utf8"/> spells: the kept instance when there is one, else a new string (kept while there is room).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty) return "";
        if (utf8.Length > MaxBytes) return Encoding.UTF8.GetString(utf8);
        // UTF-8 never takes fewer bytes than UTF-16 code units, so MaxBytes chars hold any string that short.
        Span<char> chars = stackalloc char[MaxBytes];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (Lookup.TryGetValue(text, out var kept)) return kept;
        var made = new string(text);
        if (Volatile.Read(ref _count) >= capacity) return made;
        // Checked apart from the add: readers adding at the same moment may pass the capacity by one each.
        if (_strings.TryAdd(made, made)) Interlocked.Increment(ref _count);
        else if (_strings.TryGetValue(made, out kept)) return kept;
        return made;
    }
}
