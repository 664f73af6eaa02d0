using Matching.Domain.Common;
using Matching.Domain.Parties;
using Matching.Domain.Validation;
using Matching.Domain.Vacancies;
using Matching.Search;
using Matching.ServiceDefaults;
using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Ownership;
using Matching.ServiceDefaults.Security;

namespace Matching.Vacancies;

/// <summary>REST+JSON for the WSP front office: /api/vacancies.</summary>
public static class VacancyEndpoints
{
    public static IEndpointRouteBuilder MapVacanciesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/vacancies").WithTags("Vacancies");
        api.MapPost("/", Register).RequireAuthorization(Permissions.Write);
        api.MapPut("/{id}", Save).RequireAuthorization(Permissions.Write);
        api.MapGet("/{id}", Get).RequireAuthorization(Permissions.Read);
        api.MapGet("/", List).RequireAuthorization(Permissions.Read);
        api.MapPost("/{id}/close", Close).RequireAuthorization(Permissions.Write);
        return app;
    }

    private static async Task<IResult> Register(HttpRequest request, VacancyService service, CancellationToken ct)
    {
        var (input, error) = await HttpValidation.ReadJsonAsync<VacancyInput>(request, ct);
        if (error is not null) return error;
        if (Tenancy.Forbidden(request, input!.MunicipalityCode, "vacancies") is { } forbidden) return forbidden;
        try
        {
            var (vacancy, outcome, version) = await service.RegisterAsync(input!, ct);
            VersionPreconditions.Tag(request.HttpContext.Response, version);
            return outcome == WriteOutcome.Pending
                ? Results.Accepted($"/api/vacancies/{vacancy.Id}", VacancyResponse.Of(vacancy, request))
                : Results.Created($"/api/vacancies/{vacancy.Id}", VacancyResponse.Of(vacancy, request));
        }
        catch (ValidationFailedException e) { return HttpValidation.Problem(e.Errors); }
    }

    /// <summary>With If-Match (the ETag of a GET) the vacancy is replaced only if nobody changed it since: 412 otherwise.</summary>
    private static async Task<IResult> Save(string id, HttpRequest request, VacancyService service, ReferenceRegistry registry, CancellationToken ct)
    {
        var (precondition, invalid) = VersionPreconditions.Read(request);
        if (invalid is not null) return invalid;
        var (input, error) = await HttpValidation.ReadJsonAsync<VacancyInput>(request, ct);
        if (error is not null) return error;
        if (Tenancy.Forbidden(request, input!.MunicipalityCode, "vacancies") is { } forbidden) return forbidden;
        if (await registry.OwnerOfAsync(ReferenceKind.Vacancy, id, ct) is { } owner && Tenancy.Forbidden(request, owner, "vacancies") is { } notOwner) return notOwner;
        if (await VersionPreconditions.FailsAsync(precondition, registry, ReferenceKind.Vacancy, id, ct) is { } failed) return failed;
        try { return Written(await service.SaveAsync(id, input!, ct, expectedVersion: precondition.Version), request); }
        catch (ValidationFailedException e) { return HttpValidation.Problem(e.Errors); }
        catch (OwnershipConflictException) { return HttpValidation.NotAvailable(["id"]); }
        catch (VersionConflictException e) { return VersionPreconditions.Failed(e); }
    }

    /// <summary>200 when indexed; 202 when accepted and waiting for the search engine (the write is kept); the ETag is the new version.</summary>
    private static IResult Written((Vacancy Vacancy, WriteOutcome Outcome, long Version) written, HttpRequest request)
    {
        VersionPreconditions.Tag(request.HttpContext.Response, written.Version);
        return written.Outcome == WriteOutcome.Pending
            ? Results.Accepted(value: VacancyResponse.Of(written.Vacancy, request))
            : Results.Ok(VacancyResponse.Of(written.Vacancy, request));
    }

    /// <summary>The ETag is the version the index shows, read before the vacancy so it is never newer than the body.</summary>
    private static async Task<IResult> Get(string id, HttpRequest request, IVacancyIndex index, ReferenceRegistry registry, CancellationToken ct)
    {
        var version = await registry.VersionOfAsync(ReferenceKind.Vacancy, id, ct);
        if (await index.GetAsync(id, ct) is not { } vacancy) return Results.NotFound();
        if (version is not null) VersionPreconditions.Tag(request.HttpContext.Response, version.Indexed);
        return Results.Ok(VacancyResponse.Of(vacancy, request));
    }

    /// <summary>Query parameters arrive as text and are checked here, so a bad one is a 400 naming it (not a bare binding failure).</summary>
    private static async Task<IResult> List(IVacancyIndex index, PartyDirectory parties, string? status, string? municipalityCode, string? branche, string? size, CancellationToken ct)
    {
        var check = new FieldChecks();
        var statusValue = check.Enum("status", status, (VacancyStatus?)VacancyStatus.Open);
        var brancheValue = check.OptionalEnum<Branche>("branche", branche);
        var sizeValue = check.IntText("size", size, 1, 1000, fallback: 100);
        if (!string.IsNullOrEmpty(municipalityCode) && !parties.IsKnown(municipalityCode)) check.Add("municipalityCode", "is not a known party of the region.");
        if (check.Errors.Count > 0) return HttpValidation.Problem(check.Errors);
        return Results.Ok(await index.SearchAsync(new VacancyQuery
        {
            Statuses = [statusValue],
            MunicipalityCode = string.IsNullOrEmpty(municipalityCode) ? null : municipalityCode,
            Branche = brancheValue,
            Size = sizeValue,
        }, ct));
    }

    /// <summary>Queued like every write (202 while the engine is away); the registry answers who owns the vacancy, not the index.</summary>
    private static async Task<IResult> Close(string id, HttpRequest request, VacancyService service, ReferenceRegistry registry, string? status, CancellationToken ct)
    {
        if (await registry.OwnerOfAsync(ReferenceKind.Vacancy, id, ct) is not { } owner) return Results.NotFound();
        if (Tenancy.Forbidden(request, owner, "vacancies") is { } forbidden) return forbidden;
        var (precondition, invalid) = VersionPreconditions.Read(request);
        if (invalid is not null) return invalid;
        var check = new FieldChecks();
        var statusValue = check.Enum("status", status, (VacancyStatus?)VacancyStatus.Closed);
        if (check.Errors.Count > 0) return HttpValidation.Problem(check.Errors);
        if (await VersionPreconditions.FailsAsync(precondition, registry, ReferenceKind.Vacancy, id, ct) is { } failed) return failed;
        try
        {
            var (outcome, version) = await service.CloseAsync(id, owner, statusValue, ct, precondition.Version);
            if (version is not null) VersionPreconditions.Tag(request.HttpContext.Response, version.Value);
            var body = new { id, status = statusValue.ToString() };
            return outcome == WriteOutcome.Pending ? Results.Accepted(value: body) : Results.Ok(body);
        }
        catch (ValidationFailedException e) { return HttpValidation.Problem(e.Errors); }
        catch (VersionConflictException e) { return VersionPreconditions.Failed(e); }
    }
}
