using Matching.Domain.Parties;
using Matching.ServiceDefaults.Security;

namespace Matching.Benchmarks;

/// <summary>Configuration the benchmark gives the host (and the in-process container): its folders, quiet logs, one client.</summary>
public static class HostSettings
{
    public const string ApiKeyHeader = "x-api-key";
    public const string ApiKey = "bench-key";
    public const string ClientParty = "GM0193";
    public const string ClientName = "bench";

    /// <summary>Every durable file under <paramref name="stateDirectory"/>, the indexes in <paramref name="dataDirectory"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Common(string dataDirectory, string stateDirectory)
    {
        yield return new("Search:Backend", "Lucene");
        yield return new("Search:DataDirectory", dataDirectory);
        yield return new("Messaging:Transport", "InMemory");
        yield return new("Demo:Seed", "false");
        yield return new("Ledger:Path", Path.Combine(stateDirectory, "matching", "ledger.db"));
        yield return new("Outbox:Path", Path.Combine(stateDirectory, "outbox.db"));
        yield return new("Learning:DataDirectory", Path.Combine(stateDirectory, "learning"));
        // Per-call Information logs would measure the console, not matching.
        yield return new("Logging:LogLevel:Default", "Warning");
        // The demo clients allow 600 calls a minute; the benchmark's own client acts for the whole region, unthrottled.
        const string client = "Clients:" + ClientName;
        yield return new($"{client}:Party", ClientParty);
        yield return new($"{client}:RequestsPerMinute", "100000");
        yield return new($"{client}:KeyHashes:0", ApiClientDirectory.HashKey(ApiKey));
        var region = PartyDirectory.RegionZwolleDefault.All.Select(p => p.Code).ToArray();
        for (var i = 0; i < region.Length; i++) yield return new($"{client}:ActsFor:{i}", region[i]);
        for (var i = 0; i < Permissions.All.Count; i++) yield return new($"{client}:Permissions:{i}", Permissions.All[i]);
    }
}
