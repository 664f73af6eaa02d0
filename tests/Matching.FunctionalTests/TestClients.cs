using Matching.Domain.Parties;
using Matching.ServiceDefaults.Security;

namespace Matching.FunctionalTests;

/// <summary>The clients the test host knows, configured exactly as a deployment would (hashed keys).</summary>
public static class TestClients
{
    public const string Header = "x-api-key";
    public const string WspKey = "test-key-wsp";
    public const string OmmenKey = "test-key-ommen";
    public const string UwvKey = "test-key-uwv";
    public const string ThrottledKey = "test-key-throttled";
    public const string OldOmmenKey = "test-key-ommen-old";

    public static IEnumerable<(string Key, string Value)> Settings()
    {
        var region = PartyDirectory.RegionZwolleDefault.All.Select(p => p.Code).ToArray();
        return Client("test-wsp", "GM0193", [WspKey], region, Permissions.All.ToArray(), 10_000)
            .Concat(Client("test-ommen", "GM0175", [OmmenKey, OldOmmenKey], [], [Permissions.Rank, Permissions.Read, Permissions.Write, Permissions.Outcomes, Permissions.Audit], 10_000))
            .Concat(Client("test-uwv", "UWV-ZWOLLE", [UwvKey], [], [Permissions.Rank], 10_000))
            .Concat(Client("test-throttled", "GM0148", [ThrottledKey], [], [Permissions.Read], 6));
    }

    private static IEnumerable<(string, string)> Client(string name, string party, string[] keys, string[] actsFor, string[] permissions, int perMinute)
    {
        var prefix = $"Clients:{name}";
        yield return ($"{prefix}:Party", party);
        yield return ($"{prefix}:RequestsPerMinute", perMinute.ToString());
        for (var i = 0; i < keys.Length; i++) yield return ($"{prefix}:KeyHashes:{i}", ApiClientDirectory.HashKey(keys[i]));
        for (var i = 0; i < actsFor.Length; i++) yield return ($"{prefix}:ActsFor:{i}", actsFor[i]);
        for (var i = 0; i < permissions.Length; i++) yield return ($"{prefix}:Permissions:{i}", permissions[i]);
    }
}
