using Matching.Search.Elasticsearch;
using Matching.Search.Testing.Elasticsearch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Matching.Search.Tests.Elasticsearch;

public sealed class ElasticsearchServiceRegistrationTests
{
    [Fact]
    public async Task AddSearchBackend_registers_Elasticsearch_indexes_when_asked()
    {
        await using var provider = Provider(("Search:Backend", "Elasticsearch"), ("Elasticsearch:Url", "http://localhost:9200"));

        provider.GetRequiredService<IStartupValidator>().Validate();
        var candidates = Assert.IsType<ElasticsearchCandidateIndex>(provider.GetRequiredKeyedService<ICandidateIndex>(SearchServiceCollectionExtensions.EngineKey));
        var vacancies = Assert.IsType<ElasticsearchVacancyIndex>(provider.GetRequiredKeyedService<IVacancyIndex>(SearchServiceCollectionExtensions.EngineKey));
        Assert.Equal("matching-candidates", candidates.Index.Alias);
        Assert.Equal("matching-vacancies", vacancies.Index.Alias);
    }

    [Fact]
    public async Task AddSearchBackend_uses_the_index_prefix_for_aliases()
    {
        await using var provider = Provider(
            ("Search:Backend", "Elasticsearch"), ("Elasticsearch:Url", "http://localhost:9200"), ("Elasticsearch:IndexPrefix", "acc"));

        Assert.Equal("acc-candidates", ((ElasticsearchCandidateIndex)provider.GetRequiredKeyedService<ICandidateIndex>(SearchServiceCollectionExtensions.EngineKey)).Index.Alias);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("false", null)]
    [InlineData("true", "wait_for")]
    public async Task Upserts_wait_for_a_refresh_only_when_configured_to(string? waitForRefresh, string? refresh)
    {
        var cluster = new ElasticsearchTestTransport();
        var services = new ServiceCollection().AddSingleton(cluster.CreateClient());
        await using var provider = services
            .AddSearchBackend(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Search:Backend"] = "Elasticsearch",
                ["Elasticsearch:Url"] = "http://localhost:9200",
                ["Elasticsearch:WaitForRefreshOnWrite"] = waitForRefresh,
            }).Build())
            .BuildServiceProvider();

        await provider.GetRequiredService<IVacancyIndex>().UpsertAsync([VacancyBuilder.Vacancy("VAC-1")]);

        Assert.Equal(refresh, cluster.Requests.Single(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal)).Query.GetValueOrDefault("refresh"));
    }

    [Fact]
    public async Task The_host_start_begins_building_stale_candidate_documents_again_without_waiting_for_it()
    {
        var cluster = new ElasticsearchTestTransport();
        await using var provider = new ServiceCollection().AddSingleton(cluster.CreateClient())
            .AddSearchBackend(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Search:Backend"] = "Elasticsearch",
                ["Elasticsearch:Url"] = "http://localhost:9200",
            }).Build())
            .BuildServiceProvider();
        var candidates = (ElasticsearchCandidateIndex)provider.GetRequiredKeyedService<ICandidateIndex>(SearchServiceCollectionExtensions.EngineKey);
        Assert.Null(candidates.Rebuild.Run);

        await new SearchIndexOpener(provider).StartAsync(CancellationToken.None);
        var started = candidates.Rebuild.Run;
        Assert.NotNull(started);
        await started;

        Assert.Contains(cluster.Requests, r => r.Path == "/matching-candidates/_count" && r.Json?["query"]?["bool"]?["must_not"] is not null);
        Assert.Null(provider.GetRequiredService<ICandidateIndex>() is IIndexMaintenance maintenance ? maintenance.Pending : "not forwarded");
    }

    [Theory]
    [InlineData(null, null, null, "Elasticsearch:Url is required when Search:Backend is Elasticsearch.")]
    [InlineData("localhost:9200", null, null, "Elasticsearch:Url 'localhost:9200' is not an absolute http(s) address.")]
    [InlineData("http://localhost:9200", "elastic", null, "Elasticsearch:Username and Elasticsearch:Password must be set together.")]
    [InlineData("http://localhost:9200", null, "Bad Prefix", "Elasticsearch:IndexPrefix must be")]
    public async Task AddSearchBackend_validates_the_Elasticsearch_settings_at_start(string? url, string? username, string? prefix, string message)
    {
        await using var provider = Provider(
            ("Search:Backend", "Elasticsearch"), ("Elasticsearch:Url", url), ("Elasticsearch:Username", username), ("Elasticsearch:IndexPrefix", prefix));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task AddSearchBackend_does_not_require_Elasticsearch_settings_for_Lucene()
    {
        await using var provider = Provider(("Search:DataDirectory", Path.Combine(Path.GetTempPath(), "unused")));

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    private static ServiceProvider Provider(params (string Key, string? Value)[] settings) =>
        new ServiceCollection()
            .AddSearchBackend(new ConfigurationBuilder()
                .AddInMemoryCollection(settings.Where(s => s.Value is not null).Select(s => KeyValuePair.Create(s.Key, s.Value)))
                .Build())
            .BuildServiceProvider();
}
