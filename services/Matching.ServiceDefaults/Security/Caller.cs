using System.Security.Claims;

namespace Matching.ServiceDefaults.Security;

/// <summary>The authenticated caller as the services see it: client name, own party and the parties it may act for.</summary>
public sealed record Caller(string ClientName, string Party, IReadOnlySet<string> ActsFor)
{
    public const string PartyClaim = "party";
    public const string ActsForClaim = "acts_for";

    public bool MayActFor(string? party) => party is not null && (party == Party || ActsFor.Contains(party));

    public static Caller? From(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true, Name: { } name } || user.FindFirstValue(PartyClaim) is not { } party) return null;
        return new Caller(name, party, user.FindAll(ActsForClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }
}
