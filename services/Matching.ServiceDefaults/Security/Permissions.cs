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

    public static readonly IReadOnlyList<string> All = [Rank, Read, Write, Outcomes, Audit];
}
