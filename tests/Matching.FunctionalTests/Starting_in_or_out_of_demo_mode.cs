using Matching.Host;
using Matching.Search;
using Matching.ServiceDefaults.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.FunctionalTests;

/// <summary>Fail closed: the published demo keys and demo data only when demo mode is explicitly on.</summary>
public sealed class Starting_in_or_out_of_demo_mode : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "matching-demo-mode-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public void A_host_without_clients_and_without_demo_mode_refuses_to_start_and_says_why()
    {
        using var factory = new WebApplicationFactory<HostAssembly>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Search:DataDirectory", Path.Combine(_data, "index"));
            builder.UseSetting("Outbox:Path", Path.Combine(_data, "outbox.db"));
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains(ApiClientDirectory.NoClientsMessage, messages);
        Assert.Contains("Demo:Enabled", messages);
    }

    [Fact]
    public void Demo_mode_without_clients_accepts_the_published_demo_keys()
    {
        var clients = new ApiClientDirectory(Configuration(("Demo:Enabled", "true")));

        Assert.True(clients.UsesDemoClients);
        Assert.Equal("demo-wsp", clients.Find("demo-key-wsp")?.Name);
    }

    [Fact]
    public void Configured_clients_replace_the_demo_keys_even_in_demo_mode()
    {
        var clients = new ApiClientDirectory(Configuration(
            ("Demo:Enabled", "true"),
            ("Clients:ommen:Party", "GM0175"),
            ("Clients:ommen:KeyHashes:0", ApiClientDirectory.HashKey("ommen-secret")),
            ("Clients:ommen:Permissions:0", Permissions.Read)));

        Assert.False(clients.UsesDemoClients);
        Assert.Null(clients.Find("demo-key-wsp"));
        Assert.Equal("ommen", clients.Find("ommen-secret")?.Name);
    }

    [Fact]
    public async Task Demo_data_is_not_seeded_outside_demo_mode_even_when_seeding_is_asked_for()
    {
        using var host = new MatchingHostFactory(_data);
        using var seeding = host.WithWebHostBuilder(builder => builder.UseSetting("Demo:Seed", "true"));
        _ = seeding.Server;

        Assert.Equal(0L, await seeding.Services.GetRequiredService<IVacancyIndex>().CountAsync(CancellationToken.None));
        Assert.Equal(0L, await seeding.Services.GetRequiredService<ICandidateIndex>().CountAsync(CancellationToken.None));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException) yield return error;
    }
}
