using System.Security.Claims;
using Matching.Domain.Parties;
using Matching.ServiceDefaults.Security;

namespace Matching.Workbench.Security;

/// <summary>
/// A person signed in to the workbench, as the same claims an API client carries (name, party, acts_for,
/// permission), so <see cref="Caller"/>, tenancy and the audit log treat people and clients alike.
/// </summary>
public static class WorkbenchUser
{
    public const string Scheme = "Werkbank";
    public const string OidcScheme = "WerkbankOidc";
    public const string Policy = "werkbank";
    public const string DisplayNameClaim = "display_name";

    /// <summary>A principal for <paramref name="name"/>, or null when the party is unknown (the caller says why).</summary>
    public static ClaimsPrincipal? Create(string name, string displayName, string? party, IEnumerable<string> actsFor,
        IEnumerable<string> permissions, PartyDirectory parties)
    {
        if (parties.Find(party) is null) return null;
        var identity = new ClaimsIdentity(Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        identity.AddClaim(new Claim(DisplayNameClaim, displayName));
        identity.AddClaim(new Claim(Caller.PartyClaim, party!));
        foreach (var code in actsFor.Where(parties.IsKnown).Distinct(StringComparer.Ordinal))
            identity.AddClaim(new Claim(Caller.ActsForClaim, code));
        foreach (var permission in permissions.Where(Permissions.All.Contains).Distinct(StringComparer.Ordinal))
            identity.AddClaim(new Claim(Permissions.ClaimType, permission));
        return new ClaimsPrincipal(identity);
    }

    public static bool Has(this ClaimsPrincipal user, string permission) => user.HasClaim(Permissions.ClaimType, permission);

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";
}
