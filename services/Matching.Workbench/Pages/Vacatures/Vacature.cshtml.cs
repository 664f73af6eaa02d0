using System.Text.RegularExpressions;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Vacancies;
using Matching.Ranking;
using Matching.Search;
using Matching.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Matching.Workbench.Pages.Vacatures;

/// <summary>Vacature → kandidaten: the ranked, explained list from the same <see cref="CandidateRanker"/> as gRPC, every card audited.</summary>
public sealed partial class VacatureModel(IVacancyIndex vacancies, CandidateRanker ranker, WorkbenchContext workbench, PartyDirectory parties,
    IOptions<WorkbenchOptions> options) : PageModel
{
    public const double MaxDistanceLimitKm = 150;

    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? Municipality { get; set; }
    [BindProperty(SupportsGet = true, Name = "maxKm")] public string? MaxKm { get; set; }

    public Vacancy? Vacancy { get; private set; }
    public RankingResult? Result { get; private set; }
    public string? Problem { get; private set; }
    public List<string> FilterProblems { get; } = [];
    public bool MayRecord => workbench.Has(Permissions.Outcomes);
    public IEnumerable<Party> Municipalities => parties.All.Where(p => p.IsMunicipality).OrderBy(p => p.Name, StringComparer.Ordinal);
    public WorkbenchContext Workbench => workbench;
    public WorkbenchOptions Options => options.Value;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!workbench.Has(Permissions.Rank)) return Refuse(StatusCodes.Status403Forbidden, "U hebt geen recht om kandidaten voor vacatures te zoeken (recht 'rank').");
        if (!IdPattern().IsMatch(id)) return Refuse(StatusCodes.Status404NotFound, "Deze vacature bestaat niet: controleer het vacaturenummer.");
        Vacancy = await vacancies.GetAsync(id, cancellationToken);
        if (Vacancy is null) return Refuse(StatusCodes.Status404NotFound, $"Er is geen vacature met nummer {id}.");
        if (Vacancy.Status != VacancyStatus.Open) return Refuse(StatusCodes.Status404NotFound, $"Vacature {id} is niet meer open.");

        string[] municipalities = [];
        if (!string.IsNullOrEmpty(Municipality))
        {
            if (parties.Find(Municipality) is { IsMunicipality: true }) municipalities = [Municipality];
            else { FilterProblems.Add("Gemeente: onbekende gemeente, dit filter is niet toegepast."); Municipality = null; }
        }
        double? maxKm = null;
        if (!string.IsNullOrEmpty(MaxKm))
        {
            if (double.TryParse(MaxKm, System.Globalization.CultureInfo.InvariantCulture, out var km) && double.IsFinite(km) && km > 0 && km <= MaxDistanceLimitKm) maxKm = km;
            else { FilterProblems.Add($"Maximale afstand: vul een getal in tussen 1 en {MaxDistanceLimitKm:0} km; dit filter is niet toegepast."); MaxKm = null; }
        }
        Result = await ranker.RankAsync(new RankingRequest(Vacancy, workbench.Party, options.Value.CandidatesShown, municipalities, maxKm), cancellationToken);
        await workbench.AuditAsync("rank", Vacancy.Id, Result.RankerVersion, Result.Ranked.Select(s => s.Candidate.Reference).ToList(), cancellationToken);
        return Page();
    }

    private PageResult Refuse(int status, string message)
    {
        Problem = message;
        Response.StatusCode = status;
        return Page();
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$")]
    public static partial Regex IdPattern();
}
