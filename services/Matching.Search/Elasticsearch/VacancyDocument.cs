using System.Text.Json;
using System.Text.Json.Serialization;
using Matching.Domain;
using Matching.Domain.Vacancies;

namespace Matching.Search.Elasticsearch;

/// <summary>What the vacancy index stores per vacancy: the filter and sort fields, and the vacancy as domain JSON.</summary>
internal sealed record VacancyDocument
{
    [JsonPropertyName(VacancyFields.Id)] public required string Id { get; init; }
    [JsonPropertyName(VacancyFields.Status)] public required string Status { get; init; }
    [JsonPropertyName(VacancyFields.Municipality)] public required string Municipality { get; init; }
    [JsonPropertyName(VacancyFields.Branche)] public required string Branche { get; init; }
    [JsonPropertyName(VacancyFields.UpdatedAtTicks)] public long UpdatedAtTicks { get; init; }
    [JsonPropertyName(VacancyFields.Vacancy)] public required JsonElement Vacancy { get; init; }

    public static VacancyDocument Of(Vacancy vacancy) => new()
    {
        Id = vacancy.Id,
        Status = vacancy.Status.ToString(),
        Municipality = vacancy.MunicipalityCode,
        Branche = vacancy.Branche.ToString(),
        UpdatedAtTicks = vacancy.UpdatedAt.UtcTicks,
        Vacancy = JsonSerializer.SerializeToElement(vacancy, DomainJson.Options),
    };
}
