using Matching.Ranking.Audit;
using Matching.Search;
using Matching.ServiceDefaults.Security;

namespace Matching.Api.Audit;

/// <summary>
/// GET /api/audit/candidates/{reference}: who saw this candidate, when, for which vacancy, by which ranker. Only the
/// candidate's own municipality may ask (it answers the citizen's access request under the AVG).
/// </summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit/candidates/{reference}", CandidateAccess).RequireAuthorization(Permissions.Audit).WithTags("Audit");
        return app;
    }

    private static async Task<IResult> CandidateAccess(string reference, HttpRequest request, ICandidateIndex candidates, AuditLog audit, CancellationToken ct)
    {
        if (await candidates.GetAsync(reference, ct) is not { } candidate || !Tenancy.MayRead(request, candidate.MunicipalityCode))
            return Results.NotFound();
        var entries = await audit.ForCandidateAsync(reference, ct);
        return Results.Ok(new
        {
            candidateRef = reference,
            municipalityCode = candidate.MunicipalityCode,
            accesses = entries.Select(e => new { at = e.At, client = e.Client, party = e.Party, action = e.Action, vacancyId = e.VacancyId, rankerVersion = e.RankerVersion }),
        });
    }
}
