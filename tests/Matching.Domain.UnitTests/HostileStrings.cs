namespace Matching.Domain.UnitTests;

/// <summary>Inputs written to break things: query syntax, injection, control characters, huge and odd Unicode.</summary>
public static class HostileStrings
{
    public static readonly string[] All =
    [
        "", " ", "\0", "\u0007bel", "a\u0000b", "\r\n", "\t", "title:(a OR b) AND \"x", "*:*", "\\", "\"", "'; DROP TABLE candidates; --",
        "<script>alert(1)</script>", "{\"$ne\":null}", "${jndi:ldap://x}", "../../etc/passwd", "%00", "\uD800", "\uFFFF", "🦺🚜",
        "ÄÖÜ ĳ ß", new string('x', 5_000), new string('9', 400), "111222333", "GM0148\n", "-1", "NaN", "1e309", "0x10", "VCA_BASIS ", "vca_basis",
    ];

    /// <summary>A hostile string chosen by <paramref name="pick"/>, or the generated one when pick says so (FsCheck supplies both).</summary>
    public static string? Mix(int pick, string? generated) => pick % 3 == 0 ? generated : All[Math.Abs(pick % All.Length)];
}
