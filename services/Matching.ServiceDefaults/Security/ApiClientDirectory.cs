using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Matching.ServiceDefaults.Security;

/// <summary>The configured clients, looked up by presented key in constant time per stored hash.</summary>
public sealed class ApiClientDirectory
{
    public const string Section = "Clients";

    private readonly IReadOnlyList<(string Name, ApiClientOptions Client, byte[][] Hashes)> _clients;

    public ApiClientDirectory(IConfiguration configuration)
    {
        var clients = new List<(string, ApiClientOptions, byte[][])>();
        var configured = configuration.GetSection(Section);
        UsesDemoClients = !configured.GetChildren().Any();
        if (UsesDemoClients)
        {
            if (!DemoMode.IsEnabled(configuration)) throw new InvalidOperationException(NoClientsMessage);
            configured = DemoClients.Configuration().GetSection(Section);
        }
        foreach (var section in configured.GetChildren())
        {
            var client = section.Get<ApiClientOptions>() ?? new ApiClientOptions();
            var problems = Validate(section.Key, client).ToList();
            if (problems.Count > 0) throw new InvalidOperationException(string.Join(" ", problems));
            clients.Add((section.Key, client, client.KeyHashes.Select(Convert.FromHexString).ToArray()));
        }
        _clients = clients;
    }

    public const string NoClientsMessage =
        "No API clients configured: add at least one under Clients:<name> (Party, KeyHashes, Permissions; see README \"Partners and access\"). " +
        "To try the service with the published demo keys instead, set " + DemoMode.EnabledKey + "=true (never in a real deployment).";

    public int Count => _clients.Count;

    /// <summary>True when no clients are configured and demo mode lets the built-in demo clients (published keys) stand in.</summary>
    public bool UsesDemoClients { get; }

    public ApiClientOptions? Get(string name) => _clients.FirstOrDefault(c => c.Name == name).Client;

    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The client holding <paramref name="key"/>, or null. Every stored hash is compared, in constant time.</summary>
    public (string Name, ApiClientOptions Client)? Find(string key)
    {
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        (string, ApiClientOptions)? found = null;
        foreach (var (name, client, hashes) in _clients)
            foreach (var hash in hashes)
                if (CryptographicOperations.FixedTimeEquals(presented, hash)) found = (name, client);
        return found;
    }

    private static IEnumerable<string> Validate(string name, ApiClientOptions client)
    {
        if (string.IsNullOrWhiteSpace(client.Party)) yield return $"Clients:{name}:Party is required.";
        if (client.KeyHashes.Count == 0) yield return $"Clients:{name}:KeyHashes needs at least one SHA-256 hash.";
        foreach (var hash in client.KeyHashes)
            if (hash.Length != 64 || !hash.All(Uri.IsHexDigit))
                yield return $"Clients:{name}:KeyHashes holds '{hash[..Math.Min(8, hash.Length)]}…', which is not a SHA-256 hex hash (64 hex digits).";
        foreach (var permission in client.Permissions)
            if (!Permissions.All.Contains(permission))
                yield return $"Clients:{name}:Permissions holds unknown '{permission}'; known: {string.Join(", ", Permissions.All)}.";
    }
}
