using Matching.Domain.Parties;
using Matching.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matching.Search.Tests;

public sealed class SearchServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempIndexFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AddSearchBackend_registers_Lucene_indexes_under_the_data_directory()
    {
        await using var provider = Provider(("Search:DataDirectory", _folder.Path));

        Assert.IsType<LuceneCandidateIndex>(provider.GetRequiredKeyedService<ICandidateIndex>(SearchServiceCollectionExtensions.EngineKey));
        Assert.IsType<LuceneVacancyIndex>(provider.GetRequiredKeyedService<IVacancyIndex>(SearchServiceCollectionExtensions.EngineKey));
        Assert.IsType<Matching.Search.Resilience.ResilientCandidateIndex>(provider.GetRequiredService<ICandidateIndex>());
        Assert.IsType<Matching.Search.Resilience.ResilientVacancyIndex>(provider.GetRequiredService<IVacancyIndex>());
        Assert.Same(PartyDirectory.RegionZwolleDefault, provider.GetRequiredService<PartyDirectory>());
        Assert.True(Directory.Exists(Path.Combine(_folder.Path, "candidates")));
        Assert.True(Directory.Exists(Path.Combine(_folder.Path, "vacancies")));
    }

    [Fact]
    public void AddSearchBackend_keeps_a_PartyDirectory_registered_before()
    {
        var own = new PartyDirectory([RegionZwolle.Dalfsen]);
        var services = new ServiceCollection().AddSingleton(own);

        services.AddSearchBackend(Configuration(("Search:DataDirectory", _folder.Path)));

        using var provider = services.BuildServiceProvider();
        Assert.Same(own, provider.GetRequiredService<PartyDirectory>());
    }

    [Fact]
    public async Task AddSearchBackend_validates_the_backend_name_at_start()
    {
        await using var provider = Provider(("Search:Backend", "Solr"), ("Search:DataDirectory", _folder.Path));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Search:Backend must be Lucene or Elasticsearch.", error.Message);
    }

    private static ServiceProvider Provider(params (string Key, string Value)[] settings) =>
        new ServiceCollection().AddSearchBackend(Configuration(settings)).BuildServiceProvider();

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
}
