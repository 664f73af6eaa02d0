using Matching.Domain.Parties;
using Matching.Search;
using Matching.ServiceDefaults.Security;
using Matching.Weekdate;
using Matching.Workbench.Agenda;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Matching.Workbench.Pages;

/// <summary>
/// The weekdate as an agenda that fits the meeting: the same generator as the list (nothing is recorded by viewing),
/// own municipality first, a limited number per section with the rest behind "meer", near misses as training
/// advice with vacancy titles, follow-ups oldest first with the outcome buttons inline. Everything shown is audited.
/// </summary>
public sealed class WeekdateModel(WeekdateGenerator generator, IVacancyIndex vacancies, ICandidateIndex candidates, WorkbenchContext workbench,
    IOptions<WeekdateOptions> weekdate, IOptions<WorkbenchOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "week")] public string? WeekText { get; set; }

    public WeekdateList? List { get; private set; }
    public string? Problem { get; private set; }
    public IsoWeek Week { get; private set; }
    public int Limit => options.Value.AgendaLimit;
    public WorkbenchContext Workbench => workbench;
    public IReadOnlyList<NewVacancyEntry> NewVacancies { get; private set; } = [];
    public IReadOnlyList<CandidateEntry> Candidates { get; private set; } = [];
    public IReadOnlyList<(NearMissGroup Group, IReadOnlyList<string> Titles)> Advice { get; private set; } = [];
    public IReadOnlyList<FollowUpEntry> FollowUps { get; private set; } = [];
    /// <summary>Whole months each candidate on the agenda has waited (absent when the profile does not say).</summary>
    public IReadOnlyDictionary<string, int> MonthsWaiting { get; private set; } = new Dictionary<string, int>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!workbench.Has(Permissions.Rank)) return Refuse("U hebt geen recht om de weekdate te bekijken (recht 'rank').");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(weekdate.Value.TimeZone);
        if (string.IsNullOrWhiteSpace(WeekText)) Week = IsoWeek.Containing(clock.GetUtcNow(), zone);
        else if (IsoWeek.TryParse(WeekText, out var week)) Week = week;
        else return Refuse("Week: vul een week in als 2026-W48 (jaar, W, weeknummer).", StatusCodes.Status400BadRequest);
        WeekText = Week.ToString();

        var list = (await generator.GenerateAsync(workbench.Party, Week, workbench.Caller.ClientName, cancellationToken)).List;
        var own = workbench.Party.Code;
        MonthsWaiting = await MonthsWaitingAsync(list, cancellationToken);
        int? Waited(string reference) => MonthsWaiting.TryGetValue(reference, out var months) ? months : null;
        NewVacancies = AgendaPriority.Order(list.NewVacancies, own, Waited);
        Candidates = AgendaPriority.Order(list.Candidates, own, Waited);
        var advice = new List<(NearMissGroup, IReadOnlyList<string>)>();
        foreach (var group in list.NearMisses.OrderByDescending(g => g.VacancyCount * g.CandidateCount))
        {
            var titles = new List<string>();
            foreach (var id in group.Pairs.Select(p => p.VacancyId).Distinct(StringComparer.Ordinal).Take(3))
                if (await vacancies.GetAsync(id, cancellationToken) is { } v) titles.Add($"{v.Title.ToLowerInvariant()} {v.Employer}");
            advice.Add((group, titles));
        }
        Advice = advice;
        FollowUps = list.FollowUps.OrderBy(f => f.ProposedIn.Year).ThenBy(f => f.ProposedIn.Week).ToList();
        List = list;
        await workbench.AuditAsync("weekdate", null, list.RankerVersion, WeekdateService.ShownReferences(list), cancellationToken);
        return Page();
    }

    private async Task<IReadOnlyDictionary<string, int>> MonthsWaitingAsync(WeekdateList list, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var reference in list.NewVacancies.SelectMany(v => v.Top.Select(c => c.CandidateRef)).Concat(list.Candidates.Select(c => c.CandidateRef)).Distinct(StringComparer.Ordinal))
            if (await candidates.GetAsync(reference, cancellationToken) is { } profile && AgendaPriority.MonthsWaiting(profile.WaitingSince, today) is { } waited)
                months[reference] = waited;
        return months;
    }

    private PageResult Refuse(string message, int status = StatusCodes.Status403Forbidden)
    {
        Problem = message;
        Response.StatusCode = status;
        return Page();
    }
}
