using Matching.Domain.Certificates;
using Matching.Domain.Common;
using Matching.Domain.Parties;
using Matching.Domain.Vacancies;
using Matching.Ranking;
using Matching.Search;
using Matching.Workbench.Labels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Matching.Workbench.Pages;

/// <summary>Vacatures: the region's open vacancies, filterable and searchable, each with how many candidates are eligible for the viewer.</summary>
public sealed class IndexModel(IVacancyIndex vacancies, ICandidateIndex candidates, WorkbenchContext workbench, PartyDirectory parties, TimeProvider clock) : PageModel
{
    public const int MaxRows = 200;

    [BindProperty(SupportsGet = true, Name = "zoek")] public string? Words { get; set; }
    [BindProperty(SupportsGet = true, Name = "gemeente")] public string? Municipality { get; set; }
    [BindProperty(SupportsGet = true, Name = "branche")] public string? Branche { get; set; }
    [BindProperty(SupportsGet = true, Name = "soort")] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true, Name = "certificaat")] public string? Certificate { get; set; }
    [BindProperty(SupportsGet = true, Name = "zonder")] public bool WithoutCandidate { get; set; }

    public IReadOnlyList<VacancyRow> Rows { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public IEnumerable<Party> Municipalities => parties.All.Where(p => p.IsMunicipality).OrderBy(p => p.Name, StringComparer.Ordinal);

    public sealed record VacancyRow(Vacancy Vacancy, string MunicipalityName, long Eligible);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = new VacancyQuery { Size = 10_000 };
        if (!string.IsNullOrEmpty(Municipality))
        {
            if (parties.Find(Municipality) is { IsMunicipality: true }) query = query with { MunicipalityCode = Municipality };
            else { Problems.Add("Gemeente: onbekende gemeente, dit filter is niet toegepast."); Municipality = null; }
        }
        if (!string.IsNullOrEmpty(Branche))
        {
            if (Enum.TryParse<Branche>(Branche, out var branche) && Enum.IsDefined(branche)) query = query with { Branche = branche };
            else { Problems.Add("Branche: onbekende branche, dit filter is niet toegepast."); Branche = null; }
        }
        VacancyKind? kind = null;
        if (!string.IsNullOrEmpty(Kind))
        {
            if (Enum.TryParse<VacancyKind>(Kind, out var k) && Enum.IsDefined(k)) kind = k;
            else { Problems.Add("Soort plek: onbekende soort, dit filter is niet toegepast."); Kind = null; }
        }
        if (!string.IsNullOrEmpty(Certificate) && !CertificateCatalogue.IsKnown(Certificate))
        {
            Problems.Add("Certificaat: onbekend certificaat, dit filter is niet toegepast.");
            Certificate = null;
        }
        var words = (Words ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(10).ToArray();

        var found = (await vacancies.SearchAsync(query, cancellationToken))
            .Where(v => kind is null || v.Kind == kind)
            .Where(v => Certificate is null || v.RequiredCertificates.Contains(Certificate))
            .Where(v => words.All(w => Matches(v, w)))
            .OrderBy(v => v.Id, StringComparer.Ordinal)
            .ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = new List<VacancyRow>();
        foreach (var vacancy in found)
        {
            var eligible = (await candidates.SearchAsync(RankingQuery.For(new RankingRequest(vacancy, workbench.Party, 1, [], null), today, 1), cancellationToken)).TotalEligible;
            if (WithoutCandidate && eligible > 0) continue;
            rows.Add(new VacancyRow(vacancy, workbench.PartyName(vacancy.MunicipalityCode), eligible));
            if (rows.Count == MaxRows) break;
        }
        Rows = rows;
    }

    private static bool Matches(Vacancy v, string word) =>
        v.Title.Contains(word, StringComparison.OrdinalIgnoreCase) || v.Employer.Contains(word, StringComparison.OrdinalIgnoreCase)
        || v.Description.Contains(word, StringComparison.OrdinalIgnoreCase) || DutchLabels.Of(v.Branche).Contains(word, StringComparison.OrdinalIgnoreCase);
}
