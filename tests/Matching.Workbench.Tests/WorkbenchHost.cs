using Matching.Host;
using Matching.Ranking.Audit;
using Matching.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Matching.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Matching.Workbench.Tests;

/// <summary>
/// The all-in-one host (what `make run` starts) on real Kestrel ports in a temporary data folder, with the demo data
/// seeded, and sign-in either through the test identity provider (OpenID Connect) or, in demo mode, as demo users.
/// </summary>
public sealed class WorkbenchHost : WebApplicationFactory<HostAssembly>
{
    private readonly Uri? _authority;
    private readonly bool _demo;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "matching-workbench-tests-" + Guid.NewGuid().ToString("N"));

    private readonly string? _keys;

    /// <param name="keysDirectory">The session keys' folder; by default one inside this host's own data folder.</param>
    public WorkbenchHost(Uri? authority, bool demo, int? restPort = null, string? keysDirectory = null)
    {
        _keys = keysDirectory;
        _authority = authority;
        _demo = demo;
        RestPort = restPort ?? TestIdentityProvider.FreePort();
        if (restPort is not null) UseKestrel();
    }

    public int RestPort { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{RestPort}/");

    public IAuditLog Audit => Services.GetRequiredService<IAuditLog>();

    public ICandidateIndex Candidates => Services.GetRequiredService<ICandidateIndex>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Endpoints:RestPort", RestPort.ToString());
        builder.UseSetting("Endpoints:GrpcPort", TestIdentityProvider.FreePort().ToString());
        builder.UseSetting("Search:DataDirectory", Path.Combine(_data, "index"));
        builder.UseSetting("Ledger:Path", Path.Combine(_data, "ledger.db"));
        builder.UseSetting("Weekdate:Schedule:Enabled", "false");
        builder.UseSetting("Outbox:Path", Path.Combine(_data, "outbox.db"));
        builder.UseSetting("Learning:DataDirectory", Path.Combine(_data, "learning"));
        builder.UseSetting("Learning:ModelsDirectory", Path.Combine(_data, "models"));
        builder.UseSetting("Workbench:KeysDirectory", _keys ?? Path.Combine(_data, "workbench-keys"));
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("Demo:Candidates", "300");
        builder.UseSetting("Demo:Vacancies", "40");
        builder.UseSetting("Demo:Enabled", _demo ? "true" : "false");
        if (!_demo)
        {
            // Outside demo mode the host refuses to start without configured API clients.
            builder.UseSetting("Clients:workbench-tests:Party", "GM0148");
            builder.UseSetting("Clients:workbench-tests:KeyHashes:0", ApiClientDirectory.HashKey("workbench-tests-" + Guid.NewGuid().ToString("N")));
            builder.UseSetting("Clients:workbench-tests:Permissions:0", "read");
        }
        if (_authority is not null)
        {
            builder.UseSetting("Workbench:Oidc:Authority", _authority.ToString());
            builder.UseSetting("Workbench:Oidc:ClientId", TestIdentityProvider.ClientId);
            builder.UseSetting("Workbench:Oidc:RequireHttpsMetadata", "false");
            builder.UseSetting("Workbench:Roles:netwerker-dalfsen:Party", "GM0148");
            for (var i = 0; i < 5; i++)
                builder.UseSetting($"Workbench:Roles:netwerker-dalfsen:Permissions:{i}", new[] { "rank", "read", "write", "outcomes", "audit" }[i]);
        }
    }

    /// <summary>The demo data through the host's own seeder (demo mode seeds it at start; outside demo mode a test asks).</summary>
    public Task SeedDemoDataAsync() =>
        new DemoSeeder(Services, Options.Create(new DemoOptions { Enabled = true, Seed = true, Candidates = 300, Vacancies = 40 }),
            TimeProvider.System, NullLogger<DemoSeeder>.Instance).StartAsync(CancellationToken.None);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
