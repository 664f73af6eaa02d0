using System.ComponentModel.DataAnnotations;

namespace Matching.ServiceDefaults.Security;

/// <summary>
/// One configured caller (section "Clients:{name}"): a municipality's front office, a partner WSP or UWV.
/// Keys are stored only as SHA-256 hashes (hex); several hashes may be listed so a key can be rotated
/// without downtime: add the new hash, hand out the new key, remove the old hash.
/// </summary>
public sealed class ApiClientOptions
{
    /// <summary>The party the client is ("GM0148", "UWV-ZWOLLE").</summary>
    [Required]
    public string Party { get; set; } = "";

    /// <summary>Parties the client may act for; its own party is always included. The WSP front office may list the region.</summary>
    public List<string> ActsFor { get; set; } = [];

    [MinLength(1)]
    public List<string> KeyHashes { get; set; } = [];

    /// <summary>What the client may do: rank, read, write, outcomes, audit, read-full, ops (see <see cref="Security.Permissions"/>).</summary>
    public List<string> Permissions { get; set; } = [];

    [Range(1, 100_000)]
    public int RequestsPerMinute { get; set; } = 600;
}
