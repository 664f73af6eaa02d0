using Matching.Domain.Parties;
using Matching.Search.Elasticsearch;
using Matching.Search.Lucene;
using Matching.Search.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Matching.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The key of the raw engine registrations; the unkeyed indexes are the resilient decorators over them.</summary>
    public const string EngineKey = "engine";

    /// <summary>
    /// Registers <see cref="ICandidateIndex"/> and <see cref="IVacancyIndex"/> for the backend named in the
    /// "Search" section. The embedded Lucene indexes (the default) live in sub-folders "candidates" and "vacancies"
    /// of <see cref="SearchOptions.DataDirectory"/> (relative to the current directory); the Elasticsearch indexes
    /// live on the cluster of the "Elasticsearch" section, validated at start-up.
    /// </summary>
    public static IServiceCollection AddSearchBackend(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(PartyDirectory.RegionZwolleDefault);
        // The backend is chosen here, at registration, so only the chosen backend's settings are required.
        var backend = configuration.GetSection(SearchOptions.Section)[nameof(SearchOptions.Backend)];
        if (string.Equals(backend, "Elasticsearch", StringComparison.Ordinal))
            AddElasticsearch(services, configuration);
        else
            AddLucene(services);
        services.AddSearchPipelines(configuration);
        services.AddHostedService<SearchIndexOpener>();
        services.AddSingleton<ICandidateIndex>(provider => ActivatorUtilities.CreateInstance<ResilientCandidateIndex>(
            provider, provider.GetRequiredKeyedService<ICandidateIndex>(EngineKey)));
        services.AddSingleton<IVacancyIndex>(provider => ActivatorUtilities.CreateInstance<ResilientVacancyIndex>(
            provider, provider.GetRequiredKeyedService<IVacancyIndex>(EngineKey)));
        return services;
    }

    private static void AddLucene(IServiceCollection services)
    {
        services.AddKeyedSingleton<ICandidateIndex>(EngineKey, (provider, _) => new LuceneCandidateIndex(
            IndexFolder(provider, "candidates"), provider.GetRequiredService<PartyDirectory>(), ReadOnly(provider, "candidates"),
            provider.GetRequiredService<IOptions<SearchOptions>>().Value.ProfileCacheSize,
            provider.GetRequiredService<IOptions<SearchOptions>>().Value.FilterCacheMegabytes));
        services.AddKeyedSingleton<IVacancyIndex>(EngineKey, (provider, _) =>
            new LuceneVacancyIndex(IndexFolder(provider, "vacancies"), ReadOnly(provider, "vacancies")));
    }

    private static void AddElasticsearch(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ElasticsearchOptions>()
            .Bind(configuration.GetSection(ElasticsearchOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // One client for both indexes: it pools connections and is thread-safe.
        services.TryAddSingleton(provider =>
            ElasticsearchClientFactory.Create(provider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value));
        services.AddKeyedSingleton<ICandidateIndex>(EngineKey, (provider, _) => new ElasticsearchCandidateIndex(
            provider.GetRequiredService<Elastic.Clients.Elasticsearch.ElasticsearchClient>(),
            ElasticsearchSettings(provider).IndexPrefix,
            provider.GetRequiredService<PartyDirectory>(),
            ElasticsearchSettings(provider).WaitForRefreshOnWrite));
        services.AddKeyedSingleton<IVacancyIndex>(EngineKey, (provider, _) => new ElasticsearchVacancyIndex(
            provider.GetRequiredService<Elastic.Clients.Elasticsearch.ElasticsearchClient>(),
            ElasticsearchSettings(provider).IndexPrefix,
            ElasticsearchSettings(provider).WaitForRefreshOnWrite));
    }

    private static ElasticsearchOptions ElasticsearchSettings(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value;

    private static bool ReadOnly(IServiceProvider provider, string index) =>
        provider.GetRequiredService<IOptions<SearchOptions>>().Value.IsReadOnly(index);

    private static string IndexFolder(IServiceProvider provider, string index) =>
        Path.Combine(Path.GetFullPath(provider.GetRequiredService<IOptions<SearchOptions>>().Value.DataDirectory), index);
}
