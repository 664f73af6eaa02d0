using MassTransit;
using Matching.Ranking.Ledger;
using Matching.Domain.Parties;
using Matching.Host;
using Matching.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests;

/// <summary>
/// The all-in-one host in process on real modules: Lucene in <see cref="DataDirectory"/>, no demo data, and on
/// RabbitMQ (the given virtual host) when a node is given, else on the in-memory bus. Its own ledger and outbox.
/// </summary>
public sealed class IntegrationHost(string dataDirectory, RabbitMqNode? node = null, string? virtualHost = null, TimeSpan? brokerTimeout = null)
    : WebApplicationFactory<HostAssembly>
{
    /// <summary>How long the host gives one publish attempt to an absent broker before it gives up on it (2 s unless given).</summary>
    public TimeSpan BrokerTimeout { get; } = brokerTimeout ?? TimeSpan.FromSeconds(2);

    public const string ApiKeyHeader = "x-api-key";
    public const string ApiKey = "integration-test-key";

    private readonly string _state = RepositoryPaths.NewTempFolder("host-state");

    public string DataDirectory { get; } = dataDirectory;

    public IMatchLedger Ledger => Services.GetRequiredService<IMatchLedger>();

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(ApiKeyHeader, ApiKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:DataDirectory", DataDirectory);
        builder.UseSetting("Ledger:Path", Path.Combine(_state, "ledger.db"));
        builder.UseSetting("Outbox:Path", Path.Combine(_state, "outbox.db"));
        builder.UseSetting("Workbench:KeysDirectory", Path.Combine(_state, "workbench-keys"));
        builder.UseSetting("Outbox:DrainIntervalSeconds", "0.2");
        // Retry the broker at least every second once it was found away, and give up a publish attempt after 2 s.
        builder.UseSetting("Outbox:OutageRetryMaxSeconds", "1");
        builder.UseSetting("Resilience:Broker:TimeoutSeconds", BrokerTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Messaging:RetryIntervalsSeconds", "0.1, 0.5, 2");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Clients:integration-test:Party", "GM0193");
        builder.UseSetting("Clients:integration-test:RequestsPerMinute", "100000");
        builder.UseSetting("Clients:integration-test:KeyHashes:0", ApiClientDirectory.HashKey(ApiKey));
        var region = PartyDirectory.RegionZwolleDefault.All.Select(p => p.Code).ToArray();
        for (var i = 0; i < region.Length; i++) builder.UseSetting($"Clients:integration-test:ActsFor:{i}", region[i]);
        for (var i = 0; i < Permissions.All.Count; i++) builder.UseSetting($"Clients:integration-test:Permissions:{i}", Permissions.All[i]);
        if (node is not null)
        {
            builder.UseSetting("Messaging:Transport", "RabbitMq");
            builder.UseSetting("Messaging:Host", node.Host);
            builder.UseSetting("Messaging:Port", node.Port.ToString());
            builder.UseSetting("Messaging:VirtualHost", virtualHost ?? "/");
            builder.UseSetting("Messaging:Username", node.Username);
            builder.UseSetting("Messaging:Password", node.Password);
        }
        // Start returns once the receive endpoints are bound, so nothing published right after is lost.
        builder.ConfigureTestServices(services => services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(30);
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_state, recursive: true);
    }
}
