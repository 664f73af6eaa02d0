using System.ComponentModel.DataAnnotations;

namespace Matching.Search;

/// <summary>Which search backend to use and where the embedded one keeps its files (section "Search").</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>"Lucene" (embedded, default) or "Elasticsearch".</summary>
    [Required, RegularExpression("^(Lucene|Elasticsearch)$", ErrorMessage = "Search:Backend must be Lucene or Elasticsearch.")]
    public string Backend { get; set; } = "Lucene";

    /// <summary>Folder of the embedded Lucene indexes (one sub-folder per index).</summary>
    [Required]
    public string DataDirectory { get; set; } = "data/index";

    /// <summary>
    /// Embedded indexes this process only reads, comma-separated ("candidates", "vacancies"): it opens no writer on
    /// them, so the process that owns an index can write it while others read it from the same folder.
    /// </summary>
    [RegularExpression(@"^\s*((candidates|vacancies)\s*(,\s*(candidates|vacancies)\s*)*)?$",
        ErrorMessage = "Search:ReadOnlyIndexes lists candidates and/or vacancies, comma-separated.")]
    public string ReadOnlyIndexes { get; set; } = "";

    public const int DefaultProfileCacheSize = 200_000;

    /// <summary>
    /// Candidate profiles the embedded index keeps deserialised for search hits, over all its segments (0 turns the
    /// cache off). A profile costs about 0.6 KB of heap plus its own free text (560 bytes on the benchmark's generated
    /// profiles: the short strings profiles share are held once, see <c>SharedStrings</c>), and each cached segment
    /// 8 bytes per document for its slots, so the default holds ~120 MB and more only with long texts: a 100k pool whole,
    /// and on a larger pool the profiles of 200k hits, past which hits are read from the stored field as before.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int ProfileCacheSize { get; set; } = DefaultProfileCacheSize;

    public const int DefaultFilterCacheMegabytes = 64;

    /// <summary>
    /// Memory for the embedded index's cached filter clauses (one bit per document per clause and segment: 125 KB per
    /// clause on a million documents), least recently used out first. 0 computes every clause per search.
    /// </summary>
    [Range(0, 64 * 1024)]
    public int FilterCacheMegabytes { get; set; } = DefaultFilterCacheMegabytes;

    public bool IsReadOnly(string index) =>
        ReadOnlyIndexes.Split(',', StringSplitOptions.TrimEntries).Contains(index, StringComparer.Ordinal);
}
