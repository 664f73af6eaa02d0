using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Matching.Domain;
using Matching.Domain.Vacancies;

namespace Matching.Search.Elasticsearch;

/// <summary>The vacancy index on an Elasticsearch 9 cluster: keyword filters, newest first, behind the alias "{prefix}-vacancies".</summary>
public sealed class ElasticsearchVacancyIndex : IVacancyIndex
{
    private readonly ElasticsearchClient _client;

    public ElasticsearchVacancyIndex(ElasticsearchClient client, string indexPrefix)
    {
        _client = client;
        Index = new AliasedIndex(client, IndexNames.Vacancies(indexPrefix), VacancyIndexMapping.CreateRequest);
    }

    public AliasedIndex Index { get; }

    public async Task UpsertAsync(IReadOnlyCollection<Vacancy> vacancies, CancellationToken cancellationToken = default)
    {
        if (vacancies.Count == 0) return;
        await Index.EnsureCreatedAsync(cancellationToken);
        await BulkUpsert.RunAsync(_client, Index.Alias, vacancies.Select(v => (v.Id, VacancyDocument.Of(v))).ToArray(), cancellationToken);
    }

    public async Task<Vacancy?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await Index.EnsureCreatedAsync(cancellationToken);
        var response = await _client.GetAsync<VacancyDocument>(new GetRequest(Index.Alias, id), cancellationToken);
        if (response.Found) return Read(response.Source);
        if (response.IsValidResponse || response.ApiCallDetails.HttpStatusCode == 404) return null;
        throw ElasticsearchCallFailed.For($"get vacancy {id}", response);
    }

    public async Task<IReadOnlyList<Vacancy>> SearchAsync(VacancyQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Size <= 0) return [];
        await Index.EnsureCreatedAsync(cancellationToken);
        var response = await _client.SearchAsync<VacancyDocument>(VacancySearchRequestBuilder.Build(query, Index.Alias), cancellationToken);
        if (!response.IsValidResponse) throw ElasticsearchCallFailed.For("search vacancies", response);
        return response.Hits.Select(hit => Read(hit.Source)).ToArray();
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await Index.EnsureCreatedAsync(cancellationToken);
        var response = await _client.CountAsync(new CountRequest(Index.Alias), cancellationToken);
        if (!response.IsValidResponse) throw ElasticsearchCallFailed.For("count vacancies", response);
        return response.Count;
    }

    private static Vacancy Read(VacancyDocument? document) =>
        (document is null ? null : document.Vacancy.Deserialize<Vacancy>(DomainJson.Options))
        ?? throw new InvalidOperationException("Stored vacancy document has no vacancy.");
}
