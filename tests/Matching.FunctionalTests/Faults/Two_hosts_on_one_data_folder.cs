using Microsoft.Extensions.Configuration;
using System.Net;
using Matching.ServiceDefaults;
using Microsoft.AspNetCore.Hosting;

namespace Matching.FunctionalTests.Faults;

/// <summary>
/// Fault scenario: a second host started on the data folder another one owns. It refuses to start, before it opens
/// anything, naming the folder; the owner keeps every write. A reader that only reads the indexes still starts.
/// </summary>
public sealed class Two_hosts_on_one_data_folder : IDisposable
{
    private readonly MatchingHostFactory _owner = new();

    public void Dispose()
    {
        _owner.Dispose();
        // The refused second host's half-built container may still be letting go of files: try the cleanup twice.
        try { _owner.DeleteData(); }
        catch (IOException) { Thread.Sleep(500); _owner.DeleteData(); }
    }

    [Fact]
    public async Task The_second_host_refuses_to_start_and_the_owner_loses_nothing()
    {
        var client = _owner.CreateClient();
        var acknowledged = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate($"DAL-6{i:000}"))).StatusCode);
            acknowledged.Add($"DAL-6{i:000}");
        }

        using var second = new MatchingHostFactory(_owner.DataDirectory);
        var refused = Assert.ThrowsAny<Exception>(() => second.CreateClient());
        var reason = Assert.IsType<DataFolderInUseException>(Innermost<DataFolderInUseException>(refused) ?? throw new Xunit.Sdk.XunitException(refused.ToString()));
        Assert.Contains(_owner.DataDirectory, reason.Message);

        for (var i = 6; i <= 10; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate($"DAL-6{i:000}"))).StatusCode);
            acknowledged.Add($"DAL-6{i:000}");
        }
        foreach (var reference in acknowledged)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/candidates/{reference}")).StatusCode);
    }

    [Fact]
    public async Task A_read_only_reader_beside_the_owner_starts_and_reads()
    {
        Assert.Equal(HttpStatusCode.Created, (await _owner.CreateClient().PutCandidate(Fixtures.Candidate("DAL-6100"))).StatusCode);

        using var reader = new MatchingHostFactory(_owner.DataDirectory).WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Search:ReadOnlyIndexes", "candidates,vacancies");
            builder.UseSetting("Outbox:Path", Path.Combine(_owner.DataDirectory, "reader", "outbox.db"));
            builder.UseSetting("Ledger:Path", Path.Combine(_owner.DataDirectory, "reader", "ledger.db"));
            builder.UseSetting("Learning:DataDirectory", Path.Combine(_owner.DataDirectory, "reader", "learning"));
        });
        var client = reader.CreateClient();
        client.DefaultRequestHeaders.Remove(TestClients.Header);
        client.DefaultRequestHeaders.Add(TestClients.Header, TestClients.WspKey);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/candidates/DAL-6100")).StatusCode);
    }

    private static Exception? Innermost<T>(Exception? e)
    {
        for (; e is not null; e = e.InnerException ?? (e as AggregateException)?.InnerExceptions.FirstOrDefault())
            if (e is T) return e;
        return null;
    }
}

/// <summary>A restart: the previous owner of the folder is still exiting when the new process starts, and lets go in time.</summary>
public sealed class Restarting_on_a_folder_whose_previous_owner_is_still_exiting
{
    [Fact]
    public async Task The_new_owner_waits_for_the_lock_instead_of_refusing()
    {
        var folder = Path.Combine(Path.GetTempPath(), "matching-lock-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Outbox:Path"] = Path.Combine(folder, "outbox.db"),
                ["Search:Backend"] = "Elasticsearch",
            }).Build();
            var previous = new FileStream(Path.Combine(folder, "outbox.db.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            var exiting = Task.Delay(TimeSpan.FromSeconds(1)).ContinueWith(_ => previous.Dispose(), TaskScheduler.Default);

            using var owner = new DataFolderLock(configuration, Microsoft.Extensions.Logging.Abstractions.NullLogger<DataFolderLock>.Instance);

            await exiting;
            Assert.Throws<IOException>(() => new FileStream(Path.Combine(folder, "outbox.db.lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
