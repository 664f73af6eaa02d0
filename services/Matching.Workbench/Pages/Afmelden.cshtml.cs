using Matching.Workbench.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matching.Workbench.Pages;

/// <summary>Ends the workbench session (POST only, with antiforgery).</summary>
public sealed class AfmeldenModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(WorkbenchUser.Scheme);
        return Redirect("/aanmelden");
    }
}
