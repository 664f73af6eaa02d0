using Matching.Ranking.Audit;
using Matching.ServiceDefaults.Ownership;
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
        app.MapGet("/api/audit/candidates/{reference}", WhoSaw).RequireAuthorization(Permissions.Audit).WithTags("Audit");
        return app;
    }

    private static async Task<IResult> WhoSaw(string reference, HttpRequest request, CandidateAccess access, IAuditLog audit, CancellationToken ct)
    {
        var (owner, denied) = await access.CheckAsync(request, reference, "reference", CandidateAccess.Use.ActForOwner, ct);
        if (denied is not null) return denied;
        var entries = await audit.ForCandidateAsync(reference, ct);
        return Results.Ok(new
        {
            candidateRef = reference,
            municipalityCode = owner,
            accesses = entries.Select(e => new { at = e.At, client = e.Client, party = e.Party, action = e.Action, vacancyId = e.VacancyId, rankerVersion = e.RankerVersion }),
        });
    }
}
