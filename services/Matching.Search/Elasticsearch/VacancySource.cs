using System.Text.Json;
using System.Text.Json.Serialization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;

namespace Matching.Search.Elasticsearch;

/// <summary>What reads ask the vacancy index's <c>_source</c> for, and so exactly what it returns: the vacancy alone.</summary>
internal sealed record VacancySource
{
    /// <summary>The <c>_source</c> filter of searches and gets.</summary>
    public static readonly Fields Includes = VacancyFields.Vacancy;

    public static SourceConfig Filter => new(new SourceFilter { Includes = Includes });

    [JsonPropertyName(VacancyFields.Vacancy)] public required JsonElement Vacancy { get; init; }
}
