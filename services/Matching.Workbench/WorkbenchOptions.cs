using System.ComponentModel.DataAnnotations;

namespace Matching.Workbench;

/// <summary>Workbench settings (section "Workbench"); sign-in is under <see cref="OidcOptions"/> ("Workbench:Oidc").</summary>
public sealed class WorkbenchOptions
{
    public const string Section = "Workbench";

    /// <summary>How many candidates a vacancy page shows.</summary>
    [Range(1, 100)]
    public int CandidatesShown { get; set; } = 20;

    /// <summary>How many entries each weekdate agenda section shows before "meer".</summary>
    [Range(1, 100)]
    public int AgendaLimit { get; set; } = 10;

    /// <summary>How many profiles to fix the profielkwaliteit page lists per municipality.</summary>
    [Range(1, 1000)]
    public int ProfilesToFixShown { get; set; } = 100;

    /// <summary>A session ends after this many minutes without a request (sliding), and at most after 10 hours.</summary>
    [Range(5, 600)]
    public int SessionMinutes { get; set; } = 30;

    /// <summary>How a municipality's consultant is reached, per party code, shown on candidate cards.</summary>
    public Dictionary<string, string> ContactRoutes { get; set; } = [];

    /// <summary>
    /// Where the keys that encrypt session and antiforgery cookies are kept (under the data root; /app/data in
    /// containers), so sessions survive a restart, and replicas that share the folder accept each other's cookies.
    /// </summary>
    [Required]
    public string KeysDirectory { get; set; } = "data/workbench-keys";

    public OidcOptions Oidc { get; set; } = new();

    /// <summary>Role (from the identity provider's role claim) → the party and permissions it gives.</summary>
    public Dictionary<string, RoleMapping> Roles { get; set; } = [];
}

/// <summary>The municipality's identity provider. Empty Authority: no OpenID Connect sign-in.</summary>
public sealed class OidcOptions
{
    public string? Authority { get; set; }
    public string ClientId { get; set; } = "matching-workbench";
    public string? ClientSecret { get; set; }
    public List<string> Scopes { get; set; } = ["openid", "profile"];
    /// <summary>Only for a local test identity provider on http://127.0.0.1.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
    /// <summary>Display name of the user; falls back to the subject.</summary>
    public string NameClaim { get; set; } = "name";
    /// <summary>Claims that carry party, extra parties and permissions directly (when the provider issues them).</summary>
    public string PartyClaim { get; set; } = "party";
    public string ActsForClaim { get; set; } = "acts_for";
    public string PermissionClaim { get; set; } = "permission";
    /// <summary>Role claim mapped through <see cref="WorkbenchOptions.Roles"/>.</summary>
    public string RoleClaim { get; set; } = "role";
}

public sealed class RoleMapping
{
    public string? Party { get; set; }
    public List<string> ActsFor { get; set; } = [];
    public List<string> Permissions { get; set; } = [];
}
