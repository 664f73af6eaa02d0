using Matching.Domain.Candidates;
using Matching.Domain.Parties;
using Matching.ServiceDefaults.Security;
using Matching.Weekdate;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Matching.Workbench.Pages;

/// <summary>
/// Profielkwaliteit: per municipality the person works for (their own and those they act for), how many active
/// profiles lack an occupation, education, hours or certificates or were not updated for six months, and the
/// references to fix first, each linking to its profile. Every reference shown is written to the audit log.
/// </summary>
public sealed class ProfielkwaliteitModel(WeekdatePool pool, PartyDirectory parties, WorkbenchContext workbench,
    IOptions<WorkbenchOptions> options, IOptions<WeekdateOptions> weekdate, TimeProvider clock) : PageModel
{
    /// <summary>Candidates the pool could not read (its cap per municipality × trede): said on the page, counted in no report.</summary>
    public long NotRead { get; private set; }

    public IReadOnlyList<(Party Municipality, ProfileQualityReport Report)> Reports { get; private set; } = [];
    public string? Problem { get; private set; }
    public int Shown => options.Value.ProfilesToFixShown;
    public WorkbenchContext Workbench => workbench;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!workbench.Has(Permissions.Read))
        {
            Problem = "U hebt geen recht om profielen te bekijken (recht 'read').";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        var caller = workbench.Caller;
        var now = clock.GetUtcNow();
        var reports = new List<(Party, ProfileQualityReport)>();
        foreach (var code in new[] { caller.Party }.Concat(caller.ActsFor).Distinct(StringComparer.Ordinal))
        {
            if (parties.Find(code) is not { IsMunicipality: true } municipality) continue;
            // The owner sees all its own active profiles (consent always covers the own municipality).
            var visible = await pool.CandidatesAsync(municipality, weekdate.Value.Limits, cancellationToken);
            NotRead += visible.NotRead;
            reports.Add((municipality, ProfileQuality.For(municipality.Code, visible.Profiles, now)));
        }
        Reports = reports.OrderByDescending(r => r.Item1.Code == caller.Party).ThenBy(r => r.Item1.Name, StringComparer.Ordinal).ToList();
        await workbench.AuditAsync("profielkwaliteit", null, null,
            Reports.SelectMany(r => r.Report.ToFix.Take(Shown).Select(p => p.Reference)).ToList(), cancellationToken);
        return Page();
    }
}
