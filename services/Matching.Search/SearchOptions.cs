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

    public bool IsReadOnly(string index) =>
        ReadOnlyIndexes.Split(',', StringSplitOptions.TrimEntries).Contains(index, StringComparer.Ordinal);
}
