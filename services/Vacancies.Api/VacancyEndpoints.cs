using Matching.Domain.Common;
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
            var (vacancy, outcome) = await service.RegisterAsync(input!, ct);
            return outcome == WriteOutcome.Pending
                ? Results.Accepted($"/api/vacancies/{vacancy.Id}", vacancy)
                : Results.Created($"/api/vacancies/{vacancy.Id}", vacancy);
        }
        catch (ValidationFailedException e) { return HttpValidation.Problem(e.Errors); }
    }

    private static async Task<IResult> Save(string id, HttpRequest request, VacancyService service, ReferenceRegistry registry, CancellationToken ct)
    {
        var (input, error) = await HttpValidation.ReadJsonAsync<VacancyInput>(request, ct);
        if (error is not null) return error;
        if (Tenancy.Forbidden(request, input!.MunicipalityCode, "vacancies") is { } forbidden) return forbidden;
        if (await registry.OwnerOfAsync(ReferenceKind.Vacancy, id, ct) is { } owner && Tenancy.Forbidden(request, owner, "vacancies") is { } notOwner) return notOwner;
        try { return Written(await service.SaveAsync(id, input!, ct)); }
        catch (ValidationFailedException e) { return HttpValidation.Problem(e.Errors); }
        catch (OwnershipConflictException) { return HttpValidation.NotAvailable(["id"]); }
    }

    /// <summary>200 when indexed; 202 when accepted and waiting for the search engine (the write is kept).</summary>
    private static IResult Written((Vacancy Vacancy, WriteOutcome Outcome) written) =>
        written.Outcome == WriteOutcome.Pending ? Results.Accepted(value: written.Vacancy) : Results.Ok(written.Vacancy);

    private static async Task<IResult> Get(string id, IVacancyIndex index, CancellationToken ct) =>
        await index.GetAsync(id, ct) is { } vacancy ? Results.Ok(vacancy) : Results.NotFound();

    private static async Task<IResult> List(IVacancyIndex index, string? status, string? municipalityCode, string? branche, int? size, CancellationToken ct)
    {
        var check = new FieldChecks();
        var statusValue = check.Enum("status", status, (VacancyStatus?)VacancyStatus.Open);
        var brancheValue = check.OptionalEnum<Branche>("branche", branche);
        var sizeValue = check.Int("size", size, 1, 1000, fallback: 100);
        if (check.Errors.Count > 0) return HttpValidation.Problem(check.Errors);
        return Results.Ok(await index.SearchAsync(new VacancyQuery
        {
            Statuses = [statusValue],
            MunicipalityCode = string.IsNullOrWhiteSpace(municipalityCode) ? null : municipalityCode,
            Branche = brancheValue,
            Size = sizeValue,
        }, ct));
    }

    private static async Task<IResult> Close(string id, HttpRequest request, VacancyService service, IVacancyIndex index, string? status, CancellationToken ct)
    {
        if (await index.GetAsync(id, ct) is { } existing && Tenancy.Forbidden(request, existing.MunicipalityCode, "vacancies") is { } forbidden) return forbidden;
        var check = new FieldChecks();
        var statusValue = check.Enum("status", status, (VacancyStatus?)VacancyStatus.Closed);
        if (check.Errors.Count > 0) return HttpValidation.Problem(check.Errors);
        try { return await service.CloseAsync(id, statusValue, ct) is { } closed ? Written(closed) : Results.NotFound(); }
        catch (ValidationFailedException e) { return HttpValidation.Problem(e.Errors); }
    }
}
