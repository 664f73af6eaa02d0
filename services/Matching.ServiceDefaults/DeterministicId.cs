using System.Security.Cryptography;
using System.Text;

namespace Matching.ServiceDefaults;

/// <summary>
/// A message id derived from what the message is about, so a re-published result carries the same id and
/// downstream consumers can drop the duplicate.
/// </summary>
public static class DeterministicId
{
    public static Guid From(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return new Guid(hash.AsSpan(0, 16));
    }
}
