using System.Security.Claims;
using Matching.Domain.Parties;

namespace Matching.Workbench.Security;

/// <summary>
/// Turns the identity provider's claims into a workbench user: party, extra parties and permissions from the
/// configured claims, and from the role mapping for each role the user has. No party: no sign-in.
/// </summary>
public static class OidcClaimsMapper
{
    public static ClaimsPrincipal? Map(ClaimsPrincipal external, WorkbenchOptions options, PartyDirectory parties)
    {
        var oidc = options.Oidc;
        var subject = external.FindFirstValue("sub") ?? external.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrEmpty(subject)) return null;
        var roles = external.FindAll(oidc.RoleClaim).Select(c => c.Value)
            .Select(r => options.Roles.TryGetValue(r, out var m) ? m : null).OfType<RoleMapping>().ToList();
        var party = external.FindFirstValue(oidc.PartyClaim) ?? roles.Select(r => r.Party).FirstOrDefault(p => !string.IsNullOrEmpty(p));
        var actsFor = external.FindAll(oidc.ActsForClaim).Select(c => c.Value).Concat(roles.SelectMany(r => r.ActsFor));
        var permissions = external.FindAll(oidc.PermissionClaim).Select(c => c.Value).Concat(roles.SelectMany(r => r.Permissions));
        var name = external.FindFirstValue(oidc.NameClaim) ?? subject;
        return WorkbenchUser.Create("oidc:" + subject, name, party, actsFor, permissions, parties);
    }
}
