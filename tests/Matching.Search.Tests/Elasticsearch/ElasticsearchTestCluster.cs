using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Elastic.Clients.Elasticsearch;

namespace Matching.Search.Tests.Elasticsearch;

/// <summary>
/// The cluster the Elasticsearch conformance tests run against: ELASTICSEARCH_URL when set, else a single-node
/// container started once per test run when a Docker engine may exist; otherwise none, and the tests skip.
/// </summary>
public static class ElasticsearchTestCluster
{
    public const string UnavailableReason = "Elasticsearch not available: set ELASTICSEARCH_URL or run a Docker engine";

    /// <summary>The 9.x line the client supports; security off, as in a developer's single-node cluster.</summary>
    private const string Image = "docker.elastic.co/elasticsearch/elasticsearch:9.1.5";

    private static readonly Lazy<Task<(ElasticsearchClient? Client, string Reason)>> Cluster = new(ConnectAsync);

    /// <summary>The shared client, or a skip of the calling test with the reason.</summary>
    public static ElasticsearchClient ClientOrSkip()
    {
        var (client, reason) = Cluster.Value.GetAwaiter().GetResult();
        Skip.If(client is null, reason);
        return client!;
    }

    private static async Task<(ElasticsearchClient?, string)> ConnectAsync()
    {
        var url = Environment.GetEnvironmentVariable("ELASTICSEARCH_URL");
        if (!string.IsNullOrWhiteSpace(url)) return (Client(url), "");
        // Asking Testcontainers without an engine waits on timeouts; a missing socket and DOCKER_HOST answer at once.
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("DOCKER_HOST")) && !File.Exists("/var/run/docker.sock"))
            return (null, UnavailableReason);
        try
        {
            IContainer container = new ContainerBuilder(Image)
                .WithPortBinding(9200, assignRandomHostPort: true)
                .WithEnvironment("discovery.type", "single-node")
                .WithEnvironment("xpack.security.enabled", "false")
                .WithEnvironment("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request => request.ForPort(9200).ForPath("/_cluster/health")))
                .Build();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            await container.StartAsync(timeout.Token);
            // Testcontainers' reaper removes the container when the test process ends.
            return (Client($"http://{container.Hostname}:{container.GetMappedPublicPort(9200)}"), "");
        }
        catch (Exception e)
        {
            return (null, $"{UnavailableReason} (Docker: {e.GetType().Name}: {e.Message})");
        }
    }

    private static ElasticsearchClient Client(string url) => new(new ElasticsearchClientSettings(new Uri(url)));
}
