using System.Text;
using Matching.Candidates.Import;
using Matching.Domain.Candidates;
using Matching.Domain.Validation;
using Matching.Search;
using Matching.ServiceDefaults;
using Matching.ServiceDefaults.Outbox;
using Matching.ServiceDefaults.Ownership;
using Matching.ServiceDefaults.Security;

namespace Matching.Candidates;

/// <summary>REST+JSON for the municipalities' case systems: /api/candidates, including bulk import (JSON or CSV).</summary>
public static class CandidateEndpoints
{
    public const long MaxImportBytes = 20 * 1024 * 1024;

    public static IEndpointRouteBuilder MapCandidatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/candidates").WithTags("Candidates");
        api.MapPost("/", Register).RequireAuthorization(Permissions.Write);
        api.MapPut("/{reference}", Save).RequireAuthorization(Permissions.Write);
        api.MapGet("/{reference}", Get).RequireAuthorization(Permissions.Read);
        api.MapPost("/{reference}/withdraw", Withdraw).RequireAuthorization(Permissions.Write);
        api.MapPost("/import", Import).RequireAuthorization(Permissions.Write);
        return app;
    }

    private static async Task<IResult> Register(HttpRequest request, CandidateService service, CancellationToken ct)
    {
        var (input, error) = await HttpValidation.ReadJsonAsync<CandidateInput>(request, ct);
        if (error is not null) return error;
        return await SaveAsync(request, input!, service, ct);
    }

    private static async Task<IResult> Save(string reference, HttpRequest request, CandidateService service, CancellationToken ct)
    {
        var (input, error) = await HttpValidation.ReadJsonAsync<CandidateInput>(request, ct);
        if (error is not null) return error;
        if (input!.Reference is not null && input.Reference != reference)
            return HttpValidation.Problem("reference", "differs from the reference in the URL.");
        return await SaveAsync(request, input with { Reference = reference }, service, ct);
    }

    private static async Task<IResult> SaveAsync(HttpRequest request, CandidateInput input, CandidateService service, CancellationToken ct)
    {
        if (Tenancy.Forbidden(request, input.MunicipalityCode, "candidates") is { } forbidden) return forbidden;
        try
        {
            var (profile, created, outcome) = await service.SaveAsync(input, ct);
            if (outcome == WriteOutcome.Pending) return Results.Accepted($"/api/candidates/{profile.Reference}", profile);
            return created ? Results.Created($"/api/candidates/{profile.Reference}", profile) : Results.Ok(profile);
        }
        catch (ValidationFailedException e) { return HttpValidation.Problem(e.Errors); }
        catch (OwnershipConflictException) { return HttpValidation.NotAvailable(["reference"]); }
    }

    /// <summary>The full profile only for its own municipality: partners see references and explanations, never profiles (404, not 403, so existence is not revealed).</summary>
    private static async Task<IResult> Get(string reference, HttpRequest request, ICandidateIndex index, CancellationToken ct) =>
        await index.GetAsync(reference, ct) is { } profile && Tenancy.MayRead(request, profile.MunicipalityCode) ? Results.Ok(profile) : Results.NotFound();

    private static async Task<IResult> Withdraw(string reference, HttpRequest request, CandidateService service, ICandidateIndex index, CancellationToken ct)
    {
        if (await index.GetAsync(reference, ct) is not { } existing || !Tenancy.MayRead(request, existing.MunicipalityCode)) return Results.NotFound();
        return await service.WithdrawAsync(reference, ct) is not { } withdrawn ? Results.NotFound()
            : withdrawn.Outcome == WriteOutcome.Pending ? Results.Accepted(value: withdrawn.Profile) : Results.Ok(withdrawn.Profile);
    }

    /// <summary>Body: a JSON array of candidates (application/json) or a CSV file (text/csv), all or nothing.</summary>
    private static async Task<IResult> Import(HttpRequest request, CandidateService service, CancellationToken ct)
    {
        if (request.ContentLength > MaxImportBytes)
            return HttpValidation.Problem("body", $"is larger than {MaxImportBytes / 1024 / 1024} MB; split the file.");
        var contentType = request.ContentType ?? "";
        try
        {
            if (contentType.Contains("csv", StringComparison.OrdinalIgnoreCase))
            {
                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                var (rows, errors) = CandidateCsvMapper.Map(CsvTable.Parse(await reader.ReadToEndAsync(ct)));
                if (errors.Count > 0) return HttpValidation.Problem(errors);
                if (ForeignRows(request, rows, CandidateCsvMapper.RowName) is { } foreign) return foreign;
                return Imported(await service.ImportAsync(rows, CandidateCsvMapper.RowName, ct));
            }
            if (!contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
                return HttpValidation.Problem("body", "must be a JSON array (application/json) or CSV (text/csv).");
            var json = await ReadJsonArrayAsync(request, ct);
            if (json.Error is not null) return json.Error;
            if (ForeignRows(request, json.Rows!, i => $"[{i}]") is { } foreignJson) return foreignJson;
            return Imported(await service.ImportAsync(json.Rows!, i => $"[{i}]", ct));
        }
        catch (ValidationFailedException e) { return HttpValidation.Problem(e.Errors); }
        catch (OwnershipConflictException e) { return HttpValidation.NotAvailable(e.Lost.Select(c => c.Reference).ToList()); }
    }

    /// <summary>The shared JSON reader (field errors by path), plus the one thing an array adds: no null rows.</summary>
    private static async Task<(IReadOnlyList<CandidateInput>? Rows, IResult? Error)> ReadJsonArrayAsync(HttpRequest request, CancellationToken ct)
    {
        var (rows, error) = await HttpValidation.ReadJsonAsync<CandidateInput?[]>(request, ct);
        if (error is not null) return (null, error);
        var missing = Array.FindIndex(rows!, r => r is null);
        return missing >= 0 ? (null, HttpValidation.Problem($"[{missing}]", "must not be null.")) : (rows!, null);
    }

    private static IResult? ForeignRows(HttpRequest request, IReadOnlyList<CandidateInput> rows, Func<int, string> rowName)
    {
        var foreign = Enumerable.Range(0, rows.Count).Where(i => Tenancy.Forbidden(request, rows[i].MunicipalityCode, "candidates") is not null).ToList();
        return foreign.Count == 0 ? null : HttpValidation.Forbidden(
            $"This client may not import candidates of other municipalities: {string.Join(", ", foreign.Take(20).Select(rowName))}.");
    }

    private static IResult Imported((int Count, WriteOutcome Outcome) result) =>
        result.Outcome == WriteOutcome.Pending
            ? Results.Accepted(value: new { imported = result.Count, indexing = "pending" })
            : Results.Ok(new { imported = result.Count });
}
