using Matching.Domain.Common;
using Matching.Domain.Candidates;
using Matching.Ranking;
using Matching.Search;
using Matching.ServiceDefaults.Security;
using Matching.Weekdate;
using Matching.Workbench.Labels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Matching.Workbench.Pages.Kandidaten;

/// <summary>
/// Kandidaat → vacatures: the best open vacancies for one candidate and those one fixable gap away, from the same
/// <see cref="VacancyRanker"/> as gRPC RankVacancies. Only for the candidate's own municipality (or a party acting
/// for it); every opening is written to the audit log, and each vacancy card records an outcome as the vacancy page does.
/// </summary>
public sealed class VacaturesModel(ICandidateIndex candidates, VacancyRanker ranker, WorkbenchContext workbench,
    IOptions<WorkbenchOptions> options, IOptions<WeekdateOptions> weekdate) : PageModel
{
    public CandidateProfile? Candidate { get; private set; }
    public VacancyRankingResult? Result { get; private set; }
    public string? Problem { get; private set; }
    public WorkbenchContext Workbench => workbench;
    /// <summary>Whether the person may record outcomes: each vacancy card then has the buttons, as the vacancy page's candidate cards do.</summary>
    public bool MayRecord => workbench.Has(Permissions.Outcomes);

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!workbench.Has(Permissions.Rank)) return Refuse("U hebt geen recht om vacatures voor kandidaten te zoeken (recht 'rank').");
        var candidate = Vacatures.VacatureModel.IdPattern().IsMatch(reference) ? await candidates.GetAsync(reference, cancellationToken) : null;
        // Unknown and not-yours get the same answer, as on the profile page.
        if (candidate is null || !workbench.MayOpen(candidate))
            return Refuse("U kunt voor deze kandidaat geen vacatures zoeken. Alleen de gemeente van de kandidaat kan dat.");
        Candidate = candidate;
        if (candidate.Status != CandidateStatus.Active)
            return Refuse($"Kandidaat {candidate.Reference} is {DutchLabels.Of(candidate.Status)}: alleen actieve kandidaten worden gematcht.", StatusCodes.Status409Conflict);
        Result = await ranker.RankAsync(new VacancyRankingRequest(candidate, options.Value.CandidatesShown, weekdate.Value.MaxHoursShort), cancellationToken);
        await workbench.AuditAsync("vacatures", null, Result.RankerVersion, [candidate.Reference], cancellationToken);
        return Page();
    }

    private PageResult Refuse(string message, int status = StatusCodes.Status403Forbidden)
    {
        Problem = message;
        Response.StatusCode = status;
        return Page();
    }
}
