namespace Matching.Search.Lucene;

/// <summary>Field names of the vacancy index.</summary>
internal static class VacancyFields
{
    /// <summary>Key (keyword) and sort tie-breaker (sorted doc values).</summary>
    public const string Id = "id";
    public const string Status = "status";
    public const string Municipality = "municipality";
    public const string Branche = "branche";
    /// <summary>UTC ticks: indexed for the since-filter and as doc values for the sort.</summary>
    public const string UpdatedAt = "updated_at";
}
