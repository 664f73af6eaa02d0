using Matching.Domain.Parties;
using Matching.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Matching.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICandidateIndex"/> and <see cref="IVacancyIndex"/> for the backend named in the
    /// "Search" section. The embedded Lucene indexes live in sub-folders "candidates" and "vacancies" of
    /// <see cref="SearchOptions.DataDirectory"/> (relative to the current directory).
    /// </summary>
    public static IServiceCollection AddSearchBackend(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>()
            .Bind(configuration.GetSection(SearchOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(PartyDirectory.RegionZwolleDefault);
        services.AddSingleton<ICandidateIndex>(provider =>
            new LuceneCandidateIndex(IndexFolder(provider, "candidates"), provider.GetRequiredService<PartyDirectory>()));
        services.AddSingleton<IVacancyIndex>(provider => new LuceneVacancyIndex(IndexFolder(provider, "vacancies")));
        return services;
    }

    private static string IndexFolder(IServiceProvider provider, string index)
    {
        var options = provider.GetRequiredService<IOptions<SearchOptions>>().Value;
        if (options.Backend != "Lucene")
            throw new NotSupportedException(
                $"Search:Backend '{options.Backend}' is not available yet: the Elasticsearch backend arrives in a later issue. Use 'Lucene'.");
        return Path.Combine(Path.GetFullPath(options.DataDirectory), index);
    }
}
