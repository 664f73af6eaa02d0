using System.Text.RegularExpressions;
using Matching.Domain.Parties;
using Matching.Domain.Scoring;
using Matching.Domain.Validation;
using Matching.Domain.Vacancies;
using Matching.Ranking;
using Matching.Search;
using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Ownership;
using Matching.ServiceDefaults.Security;
using Matching.Vacancies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Matching.Workbench.Pages.Vacatures;

/// <summary>
/// Vacature → kandidaten: the ranked, explained list from the same <see cref="CandidateRanker"/> as gRPC, every card
/// audited; the vacancy's own municipality may set the ESCO occupation the title does not name (<see cref="OnPostBeroepAsync"/>).
/// </summary>
public sealed partial class VacatureModel(IVacancyIndex vacancies, CandidateRanker ranker, WorkbenchContext workbench, PartyDirectory parties,
    IOptions<WorkbenchOptions> options, VacancyService vacancyService, ReferenceRegistry registry) : PageModel
{
    public const double MaxDistanceLimitKm = 150;

    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? Municipality { get; set; }
    [BindProperty(SupportsGet = true, Name = "maxKm")] public string? MaxKm { get; set; }

    public Vacancy? Vacancy { get; private set; }
    /// <summary>The version of the vacancy the page shows; the occupation form sends it back so a change made meanwhile is not undone.</summary>
    public long? Version { get; private set; }
    public RankingResult? Result { get; private set; }
    public string? Problem { get; private set; }
    public List<string> FilterProblems { get; } = [];
    public bool MayRecord => workbench.Has(Permissions.Outcomes);
    /// <summary>Whether the person may change this vacancy: the right to write, for the vacancy's municipality.</summary>
    public bool MayEditOccupation => Vacancy is not null && workbench.Has(Permissions.Write) && workbench.Caller.MayActFor(Vacancy.MunicipalityCode);
    public IEnumerable<Party> Municipalities => parties.All.Where(p => p.IsMunicipality).OrderBy(p => p.Name, StringComparer.Ordinal);
    public WorkbenchContext Workbench => workbench;
    public WorkbenchOptions Options => options.Value;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!workbench.Has(Permissions.Rank)) return Refuse(StatusCodes.Status403Forbidden, "U hebt geen recht om kandidaten voor vacatures te zoeken (recht 'rank').");
        if (!IdPattern().IsMatch(id)) return Refuse(StatusCodes.Status404NotFound, "Deze vacature bestaat niet: controleer het vacaturenummer.");
        Version = (await RegistryViewAsync(id, cancellationToken)).Version?.Indexed;
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

    /// <summary>
    /// Sets the vacancy's ESCO occupation to what the netwerker chose (<see cref="BeroepKeuze"/>), or with
    /// <paramref name="wissen"/> takes it away so the title is read again; through <see cref="VacancyService"/>, as the
    /// REST API saves a vacancy (validated, on the durable write path). Only the vacancy's owner by the registry (or a
    /// party acting for it) with the right to write, and only while the vacancy is at the <paramref name="versie"/> the
    /// page showed (another change in between is not undone); every refusal says why and changes nothing.
    /// </summary>
    public async Task<IActionResult> OnPostBeroepAsync(string id, string? beroep, string? wissen, string? versie, CancellationToken cancellationToken)
    {
        var page = $"/vacatures/{id}";
        if (!IdPattern().IsMatch(id)) return NotFound();
        var problem = await SetOccupationAsync(id, beroep, clear: wissen == "1", versie, cancellationToken);
        if (problem is not null) TempData["fout"] = problem + " Er is niets gewijzigd.";
        return LocalRedirect(page);
    }

    private async Task<string?> SetOccupationAsync(string id, string? beroep, bool clear, string? versie, CancellationToken cancellationToken)
    {
        if (!workbench.Has(Permissions.Write)) return "U hebt geen recht om vacatures te wijzigen (recht 'write').";
        var (owner, version) = await RegistryViewAsync(id, cancellationToken);
        var vacancy = await vacancies.GetAsync(id, cancellationToken);
        owner ??= vacancy?.MunicipalityCode;
        // An unknown vacancy and another municipality's get the same answer: no hint whether it exists.
        if (vacancy is null || owner is null || !workbench.Caller.MayActFor(owner)) return $"U kunt vacature {id} niet wijzigen.";
        if (vacancy.Status != VacancyStatus.Open) return $"Vacature {id} is niet meer open.";
        if (!long.TryParse(versie, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var shown))
            return "Het formulier mist de versie van de vacature: laad de pagina opnieuw.";
        // The page shows the index's copy; a newer one still waiting for the search engine would be undone by saving it.
        if (version is { Waiting: > 0 })
            return $"Een eerdere wijziging van vacature {id} wacht nog op de zoekmachine: probeer het over een paar minuten opnieuw.";
        string? code = null;
        string? label = null;
        if (!clear)
        {
            var (chosen, occupation, unread) = BeroepKeuze.Read(beroep);
            if (unread is not null) return unread;
            (code, label) = (chosen, $"{occupation!.PreferredLabel} {occupation.Code}");
        }
        try
        {
            var (_, outcome, _) = await vacancyService.SaveAsync(id, VacancyInput.Of(vacancy) with { OccupationCode = code }, cancellationToken,
                expectedVersion: shown);
            TempData["melding"] = (label is null ? "Het beroep wordt weer uit de titel gelezen." : $"Beroep vastgelegd: {label}.")
                + (outcome == WriteOutcome.Pending ? " De zoekmachine verwerkt de wijziging zodra zij bereikbaar is." : " De kandidaten hieronder zijn opnieuw gerangschikt.");
            return null;
        }
        catch (ValidationFailedException e)
        {
            return "De vacature kon niet worden opgeslagen: " + string.Join("; ", e.Errors.Select(error => $"{error.Field} {error.Message}"));
        }
        catch (OwnershipConflictException)
        {
            return $"U kunt vacature {id} niet wijzigen.";
        }
        catch (VersionConflictException)
        {
            return $"Vacature {id} is gewijzigd nadat u deze pagina opende: bekijk de vacature hieronder opnieuw en leg het beroep dan vast.";
        }
    }

    /// <summary>
    /// The vacancy's owner and version in the registry, read before the index's copy so the version is never newer than
    /// what the page shows; a vacancy indexed before the registry knew it is adopted first (at version 0).
    /// </summary>
    private async Task<(string? Owner, ReferenceVersion? Version)> RegistryViewAsync(string id, CancellationToken cancellationToken)
    {
        var owner = await registry.OwnerOfAsync(ReferenceKind.Vacancy, id, cancellationToken);
        return (owner, await registry.VersionOfAsync(ReferenceKind.Vacancy, id, cancellationToken));
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
