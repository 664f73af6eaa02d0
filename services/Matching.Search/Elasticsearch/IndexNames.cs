namespace Matching.Search.Elasticsearch;

/// <summary>
/// The alias an index is read and written through ("matching-candidates") and the versioned physical indexes behind
/// it ("matching-candidates-v1"): a mapping change creates the next version, reindexes into it and swaps the alias.
/// </summary>
public sealed record IndexNames(string Alias)
{
    /// <summary>The physical index version this code's mapping creates.</summary>
    public const int CurrentVersion = 1;

    public static IndexNames Candidates(string prefix) => new($"{prefix}-candidates");

    public static IndexNames Vacancies(string prefix) => new($"{prefix}-vacancies");

    public string Physical(int version) => $"{Alias}-v{version}";

    /// <summary>Pattern matching every physical version, never the alias itself.</summary>
    public string AllVersions => $"{Alias}-v*";
}
