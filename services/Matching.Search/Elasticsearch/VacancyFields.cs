namespace Matching.Search.Elasticsearch;

/// <summary>Field names of the vacancy index documents (see <see cref="VacancyDocument"/>).</summary>
internal static class VacancyFields
{
    /// <summary>Keyword: the document id again, as the sort tie-breaker.</summary>
    public const string Id = "id";
    public const string Status = "status";
    public const string Municipality = "municipality";
    public const string Branche = "branche";
    /// <summary>
    /// UTC ticks as a long: the since-filter and the sort then have the domain's full precision, as in the Lucene
    /// backend (a date field keeps milliseconds only, and date_nanos stops at 2262).
    /// </summary>
    public const string UpdatedAtTicks = "updatedAtTicks";
    /// <summary>The whole vacancy as domain JSON, kept in _source but not indexed.</summary>
    public const string Vacancy = "vacancy";
}
