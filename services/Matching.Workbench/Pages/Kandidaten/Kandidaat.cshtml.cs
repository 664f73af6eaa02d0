using Matching.Domain.Candidates;
using Matching.Search;
using Matching.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matching.Workbench.Pages.Kandidaten;

/// <summary>One candidate's profile, for its own municipality only; every opening is written to the audit log.</summary>
public sealed class KandidaatModel(ICandidateIndex candidates, WorkbenchContext workbench) : PageModel
{
    public CandidateProfile? Candidate { get; private set; }
    public string? Problem { get; private set; }
    public WorkbenchContext Workbench => workbench;

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!workbench.Has(Permissions.Read)) return Refuse(StatusCodes.Status403Forbidden, "U hebt geen recht om profielen te openen (recht 'read').");
        var candidate = Vacatures.VacatureModel.IdPattern().IsMatch(reference) ? await candidates.GetAsync(reference, cancellationToken) : null;
        // Unknown and not-yours get the same answer, so the page does not reveal which references exist elsewhere.
        if (candidate is null || !workbench.MayOpen(candidate))
            return Refuse(StatusCodes.Status403Forbidden, "U kunt dit profiel niet openen. Alleen de gemeente van de kandidaat kan het volledige profiel inzien.");
        Candidate = candidate;
        await workbench.AuditAsync("profiel", null, null, [candidate.Reference], cancellationToken);
        return Page();
    }

    private PageResult Refuse(int status, string message)
    {
        Problem = message;
        Response.StatusCode = status;
        return Page();
    }
}
