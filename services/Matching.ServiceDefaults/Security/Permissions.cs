namespace Matching.ServiceDefaults.Security;

/// <summary>Permissions a client can hold; each is also the name of an authorization policy.</summary>
public static class Permissions
{
    public const string ClaimType = "permission";
    public const string Rank = "rank";
    public const string Read = "read";
    public const string Write = "write";
    public const string Outcomes = "outcomes";
    public const string Audit = "audit";

    /// <summary>Read full profiles of the parties the client acts for (without it, only its own party's).</summary>
    public const string ReadFull = "read-full";

    /// <summary>See the detailed health (/health: checks, pending writes, index state).</summary>
    public const string Ops = "ops";

    public static readonly IReadOnlyList<string> All = [Rank, Read, Write, Outcomes, Audit, ReadFull, Ops];
}
