using Matching.Domain.Parties;
using Microsoft.Extensions.Configuration;

namespace Matching.ServiceDefaults.Security;

/// <summary>
/// Clients used in demo mode (Demo:Enabled) when none are configured, so `make run` works out of the box. Their keys
/// are published in the README: never run a real deployment on them (the service logs a warning at start).
/// </summary>
public static class DemoClients
{
    public static readonly IReadOnlyList<(string Name, string Key, string Party, string[] ActsFor, string[] Permissions)> All =
    [
        ("demo-wsp", "demo-key-wsp", "GM0193", PartyDirectory.RegionZwolleDefault.All.Select(p => p.Code).ToArray(),
            [Permissions.Rank, Permissions.Read, Permissions.Write, Permissions.Outcomes]),
        ("demo-dalfsen", "demo-key-dalfsen", "GM0148", [], [Permissions.Rank, Permissions.Read, Permissions.Write, Permissions.Outcomes, Permissions.Audit]),
        ("demo-ommen", "demo-key-ommen", "GM0175", [], [Permissions.Rank, Permissions.Read, Permissions.Write, Permissions.Outcomes, Permissions.Audit]),
        ("demo-uwv", "demo-key-uwv", "UWV-ZWOLLE", [], [Permissions.Rank, Permissions.Read]),
    ];

    public static IConfiguration Configuration()
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (name, key, party, actsFor, permissions) in All)
        {
            var prefix = $"{ApiClientDirectory.Section}:{name}";
            settings[$"{prefix}:Party"] = party;
            settings[$"{prefix}:KeyHashes:0"] = ApiClientDirectory.HashKey(key);
            for (var i = 0; i < actsFor.Length; i++) settings[$"{prefix}:ActsFor:{i}"] = actsFor[i];
            for (var i = 0; i < permissions.Length; i++) settings[$"{prefix}:Permissions:{i}"] = permissions[i];
        }
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }
}
