using Matching.Domain.Parties;
using Matching.Workbench.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Matching.Workbench.Pages;

/// <summary>Sign in with the organisation's identity provider, or (demo mode only) as one of the demo users.</summary>
public sealed class AanmeldenModel(DemoSignIn demo, IOptions<WorkbenchOptions> options, PartyDirectory parties) : PageModel
{
    public bool DemoEnabled => demo.Enabled;
    public bool OidcEnabled => options.Value.OidcConfigured();
    public bool Failed { get; private set; }
    [BindProperty(SupportsGet = true, Name = "terug")]
    public string? ReturnUrl { get; set; }

    public void OnGet(int? mislukt) => Failed = mislukt == 1;

    /// <summary>
    /// To the identity provider; it comes back on /aanmelden/oidc. A link, not a form: the CSP's form-action 'self'
    /// would block a form whose answer redirects to the provider.
    /// </summary>
    public IActionResult OnGetOrganisatie()
    {
        if (!OidcEnabled) return NotFound();
        return Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl() }, WorkbenchUser.OidcScheme);
    }

    public async Task<IActionResult> OnPostDemoAsync(string? gebruiker)
    {
        if (!DemoEnabled) return NotFound();
        var user = DemoUsers.Find(gebruiker);
        if (user is null)
        {
            ModelState.AddModelError("gebruiker", "Kies een van de demogebruikers.");
            return Page();
        }
        var principal = WorkbenchUser.Create(user.Id, user.DisplayName + " (demo)", user.Party, user.ActsFor, user.Permissions, parties)!;
        await HttpContext.SignInAsync(WorkbenchUser.Scheme, principal, new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(SafeReturnUrl());
    }

    private string SafeReturnUrl() => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
}
