using Matching.Domain.Outcomes;
using Matching.Learning.Outcomes;
using Matching.Search;
using Matching.ServiceDefaults.Security;
using Matching.Workbench.Labels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matching.Workbench.Pages;

/// <summary>
/// Records an outcome from a card or the follow-up list through the existing outcome path (<see cref="OutcomeRecorder"/>:
/// validated, idempotent by the form's id, audited, published as MatchOutcomeRecorded), after checking that the
/// person may see the candidate. Every refusal is a Dutch message and changes nothing.
/// </summary>
public sealed class UitkomstModel(OutcomeRecorder recorder, ICandidateIndex candidates, IVacancyIndex vacancies, WorkbenchContext workbench) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? uitkomstId, string? vacature, string? kandidaat, string? soort, string? plaatsing, string? reden, string? terug,
        CancellationToken cancellationToken)
    {
        var back = !string.IsNullOrEmpty(terug) && Url.IsLocalUrl(terug) && !terug.StartsWith("/uitkomst", StringComparison.Ordinal) ? terug : "/";
        var problem = await RecordAsync(uitkomstId, vacature, kandidaat, soort, plaatsing, reden, cancellationToken);
        if (problem is null) return LocalRedirect(back);
        TempData["fout"] = problem;
        return LocalRedirect(back);
    }

    private async Task<string?> RecordAsync(string? id, string? vacancyId, string? candidateRef, string? kindValue, string? placementValue, string? reason,
        CancellationToken cancellationToken)
    {
        if (!workbench.Has(Permissions.Outcomes)) return "U hebt geen recht om uitkomsten vast te leggen (recht 'outcomes'). Er is niets vastgelegd.";
        var kind = OutcomeForm.KindOf(kindValue);
        if (kind is null) return "Onbekende uitkomst: kies een van de knoppen. Er is niets vastgelegd.";
        PlacementKind? placement = null;
        if (kind == OutcomeKind.Placed && (placement = OutcomeForm.PlacementOf(placementValue)) is null)
            return "Kies bij 'Geplaatst' de soort plaatsing. Er is niets vastgelegd.";
        if (!string.IsNullOrEmpty(reason) && !ReasonCodes.IsKnown(reason)) return "Onbekende reden: kies een reden uit de lijst. Er is niets vastgelegd.";
        if (string.IsNullOrEmpty(vacancyId) || !Vacatures.VacatureModel.IdPattern().IsMatch(vacancyId) || await vacancies.GetAsync(vacancyId, cancellationToken) is null)
            return "Deze vacature bestaat niet. Er is niets vastgelegd.";
        var candidate = string.IsNullOrEmpty(candidateRef) || !Vacatures.VacatureModel.IdPattern().IsMatch(candidateRef) ? null : await candidates.GetAsync(candidateRef, cancellationToken);
        // An unknown reference and one the person may not see get the same answer: no hint whether it exists.
        if (candidate is null || !workbench.MaySee(candidate)) return "U kunt voor deze kandidaat geen uitkomst vastleggen. Er is niets vastgelegd.";

        var input = new OutcomeInput
        {
            OutcomeId = id, VacancyId = vacancyId, CandidateRef = candidate.Reference, Kind = kind.ToString(),
            Placement = placement?.ToString(), ReasonCode = string.IsNullOrEmpty(reason) ? null : reason,
        };
        try
        {
            var recorded = await recorder.RecordAsync(input, workbench.Caller, cancellationToken);
            if (recorded.NotFound is not null) return "U kunt voor deze kandidaat geen uitkomst vastleggen. Er is niets vastgelegd.";
            if (recorded.Outcome is null) return "De uitkomst kon niet worden vastgelegd: het formulier is niet volledig. Laad de pagina opnieuw. Er is niets vastgelegd.";
            TempData["melding"] = recorded.AlreadyRecorded
                ? $"Deze uitkomst was al vastgelegd: {OutcomeForm.Describe(recorded.Outcome)} voor {candidate.Reference}."
                : $"Vastgelegd: {OutcomeForm.Describe(recorded.Outcome)} voor {candidate.Reference} bij vacature {vacancyId}.";
            return null;
        }
        catch (OutcomeConflictException)
        {
            return "Met dit formulier is al een andere uitkomst vastgelegd. Laad de pagina opnieuw en kies opnieuw. Er is niets gewijzigd.";
        }
    }
}
