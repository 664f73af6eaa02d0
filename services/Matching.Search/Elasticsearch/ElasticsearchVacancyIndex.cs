using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Matching.Domain;
using Matching.Domain.Vacancies;

namespace Matching.Search.Elasticsearch;

/// <summary>The vacancy index on an Elasticsearch 9 cluster: keyword filters, newest first, behind the alias "{prefix}-vacancies".</summary>
public sealed class ElasticsearchVacancyIndex : IVacancyIndex
{
    private readonly ElasticsearchClient _client;
    private readonly bool _waitForRefresh;

    /// <param name="waitForRefresh">Upserts return only once searchable (see <see cref="ElasticsearchOptions.WaitForRefreshOnWrite"/>).</param>
    public ElasticsearchVacancyIndex(ElasticsearchClient client, string indexPrefix, bool waitForRefresh = false)
    {
        _client = client;
        _waitForRefresh = waitForRefresh;
        Index = new AliasedIndex(client, IndexNames.Vacancies(indexPrefix), VacancyIndexMapping.CreateRequest);
    }

    public AliasedIndex Index { get; }

    public async Task UpsertAsync(IReadOnlyCollection<Vacancy> vacancies, CancellationToken cancellationToken = default)
    {
        if (vacancies.Count == 0) return;
        await Index.EnsureCreatedAsync(cancellationToken);
        await BulkUpsert.RunAsync(_client, Index.Alias, vacancies.Select(v => (v.Id, VacancyDocument.Of(v))).ToArray(), _waitForRefresh, cancellationToken);
    }

    public async Task<Vacancy?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await Index.EnsureCreatedAsync(cancellationToken);
        var response = await _client.GetAsync<VacancySource>(
            new GetRequest(Index.Alias, id) { SourceIncludes = VacancySource.Includes }, cancellationToken);
        if (response.Found) return Read(response.Source);
        if (DocumentRead.IsMissingDocument(response)) return null;
        throw ElasticsearchCallException.For($"get vacancy {id}", response);
    }

    public async Task<IReadOnlyList<Vacancy>> SearchAsync(VacancyQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Size <= 0) return [];
        await Index.EnsureCreatedAsync(cancellationToken);
        var response = await _client.SearchAsync<VacancySource>(VacancySearchRequestBuilder.Build(query, Index.Alias), cancellationToken);
        if (!response.IsValidResponse) throw ElasticsearchCallException.For("search vacancies", response);
        return response.Hits.Select(hit => Read(hit.Source)).ToArray();
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await Index.EnsureCreatedAsync(cancellationToken);
        var response = await _client.CountAsync(new CountRequest(Index.Alias), cancellationToken);
        if (!response.IsValidResponse) throw ElasticsearchCallException.For("count vacancies", response);
        return response.Count;
    }

    private static Vacancy Read(VacancySource? document) =>
        (document is null ? null : document.Vacancy.Deserialize<Vacancy>(DomainJson.Options))
        ?? throw new InvalidOperationException("Stored vacancy document has no vacancy.");
}
