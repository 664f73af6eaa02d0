using Grpc.Net.Client;
using Matching.Host;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>
/// The all-in-one host in process on its real modules: a Lucene index in a temporary folder, no demo data,
/// and MassTransit's test harness on the in-memory transport so published events can be observed.
/// </summary>
public sealed class MatchingHostFactory : WebApplicationFactory<HostAssembly>
{
    /// <param name="testHarness">False: the host's own bus configuration (as deployed) instead of MassTransit's test harness.</param>
    /// <param name="demoClients">True: no clients configured, so the README's demo keys apply (as `make run` does).</param>
    public MatchingHostFactory(string? dataDirectory = null, bool testHarness = true, bool demoClients = false,
        IReadOnlyDictionary<string, string>? settings = null, Action<IWebHostBuilder>? configure = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "matching-tests-" + Guid.NewGuid().ToString("N"));
        _testHarness = testHarness;
        _demoClients = demoClients;
        _settings = settings ?? new Dictionary<string, string>();
        _configure = configure;
    }

    private readonly bool _testHarness;
    private readonly bool _demoClients;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly Action<IWebHostBuilder>? _configure;

    public string DataDirectory { get; }

    /// <summary>Settings applied after the defaults (a fault scenario's shorter retries, a fake clock's thresholds).</summary>
    public Dictionary<string, string> Settings { get; } = new();

    /// <summary>Services replaced after the defaults (e.g. a fake <see cref="TimeProvider"/>).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Switch to make the search engine fail or hang underneath the resilience layer.</summary>
    public SearchOutage Outage { get; } = new();

    public ITestHarness Harness => Services.GetTestHarness();

    /// <summary>
    /// Waits (up to 30 s) until a message of type <typeparamref name="T"/> matching <paramref name="filter"/> was published.
    /// Events go out from the outbox in the background, after the request answered, so the harness alone cannot tell
    /// when to stop waiting.
    /// </summary>
    public Task<bool> PublishedAsync<T>(Func<T, bool> filter) where T : class =>
        EventuallyAsync(() => Harness.Published.Select<T>().Any(x => filter(x.Context.Message)));

    /// <summary>Waits (up to 30 s) until a consumer has consumed a matching message (see <see cref="PublishedAsync{T}"/>).</summary>
    public Task<bool> ConsumedAsync<T>(Func<T, bool> filter) where T : class =>
        EventuallyAsync(() => Harness.Consumed.Select<T>().Any(x => filter(x.Context.Message)));

    /// <summary>Waits up to 30 s for <paramref name="condition"/>.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (condition()) return true;
            await Task.Delay(50);
        }
        return false;
    }

    public MatchingService.MatchingServiceClient GrpcClient(string apiKey = TestClients.WspKey) => new(Channel(apiKey));

    /// <summary>A real gRPC channel over the test server, presenting <paramref name="apiKey"/> (null: no key).</summary>
    public GrpcChannel Channel(string? apiKey = TestClients.WspKey) =>
        GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions { HttpHandler = new ApiKeyHandler(apiKey, Server.CreateHandler()) });

    /// <summary>An HTTP client presenting <paramref name="apiKey"/> (null: no key).</summary>
    public HttpClient ClientWithKey(string? apiKey)
    {
        var client = CreateDefaultClient();
        client.DefaultRequestHeaders.Remove(TestClients.Header);
        if (apiKey is not null) client.DefaultRequestHeaders.Add(TestClients.Header, apiKey);
        return client;
    }

    /// <summary>CreateClient() calls present the WSP front-office key, which may act for the whole region.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add(TestClients.Header, TestClients.WspKey);
    }

    private sealed class ApiKeyHandler(string? apiKey, HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (apiKey is not null) request.Headers.Add(TestClients.Header, apiKey);
            return base.SendAsync(request, cancellationToken);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Search:DataDirectory", DataDirectory);
        builder.UseSetting("Ledger:Path", Path.Combine(DataDirectory, "ledger.db"));
        builder.UseSetting("Outbox:Path", Path.Combine(DataDirectory, "outbox.db"));
        builder.UseSetting("Learning:DataDirectory", Path.Combine(DataDirectory, "learning"));
        builder.UseSetting("Learning:ModelsDirectory", Path.Combine(DataDirectory, "models"));
        builder.UseSetting("Workbench:KeysDirectory", Path.Combine(DataDirectory, "workbench-keys"));
        builder.UseSetting("Outbox:DrainIntervalSeconds", "0.2");
        builder.UseSetting("Messaging:RetryIntervalsSeconds", "0.1, 0.5, 2");
        builder.UseSetting("Resilience:Search:RetryBaseDelayMilliseconds", "10");
        builder.UseSetting("Resilience:Search:BreakDurationSeconds", "0.5");
        builder.UseSetting("Demo:Seed", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_demoClients) builder.UseSetting(Matching.ServiceDefaults.DemoMode.EnabledKey, "true");
        else
            foreach (var (key, value) in TestClients.Settings()) builder.UseSetting(key, value);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            if (_testHarness) services.AddMassTransitTestHarness();
            SearchOutage.InstallBelowResilience(services, Outage);
            TestServices?.Invoke(services);
        });
        _configure?.Invoke(builder);
    }

    /// <summary>
    /// Deletes the test's data folder. A file the stopped host's last background write created while the folder was
    /// being emptied ("Directory not empty", seen once in CI) is taken on the next attempt.
    /// </summary>
    public void DeleteData()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }
}
