using Matching.Domain.Outcomes;
using Matching.Learning.Outcomes;
using Matching.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matching.Workbench.Pages;

/// <summary>
/// Opvolging: the pairs the person's party recorded as benaderd, geïnteresseerd or uitgenodigd and not yet closed
/// (geplaatst, geen interesse, afgewezen), oldest first, with the closing buttons inline.
/// </summary>
public sealed class OpvolgingModel(IOutcomeStore outcomes, IVacancyIndex vacancies, WorkbenchContext workbench) : PageModel
{
    public const string ReturnUrl = "/opvolging";

    public sealed record OpenPair(MatchOutcome Latest, string VacancyTitle);

    public IReadOnlyList<OpenPair> Pairs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var party = workbench.Caller.Party;
        var latest = (await outcomes.AllAsync(cancellationToken))
            .Where(o => o.RecordedBy == party && o.Kind != OutcomeKind.Shown)
            .GroupBy(o => (o.VacancyId, o.CandidateRef))
            .Select(g => g.OrderBy(o => o.OccurredAt).ThenBy(o => o.RecordedAt).Last())
            .Where(o => OutcomeForm.IsOpen(o.Kind))
            .OrderBy(o => o.OccurredAt)
            .ToList();
        var pairs = new List<OpenPair>();
        foreach (var outcome in latest)
            pairs.Add(new OpenPair(outcome, (await vacancies.GetAsync(outcome.VacancyId, cancellationToken))?.Title ?? "vacature niet meer bekend"));
        Pairs = pairs;
        await workbench.AuditAsync("opvolging", null, null, pairs.Select(p => p.Latest.CandidateRef).Distinct().ToList(), cancellationToken);
    }
}
