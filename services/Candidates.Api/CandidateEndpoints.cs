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
        // The server-side limit is the import's own (Kestrel enforces it on chunked bodies too); Import reads at most that.
        api.MapPost("/import", Import).RequireAuthorization(Permissions.Write).WithMetadata(new RequestSizeLimitMetadata(MaxImportBytes));
        return app;
    }

    private static async Task<IResult> Register(HttpRequest request, CandidateService service, CandidateAccess access, CancellationToken ct)
    {
        var (input, error) = await HttpValidation.ReadJsonAsync<CandidateInput>(request, ct);
        if (error is not null) return error;
        if (await access.DenyWriteAsync(request, input!.Reference, "reference", ct) is { } denied) return denied;
        return await SaveAsync(request, input, VersionPreconditions.Precondition.None, service, ct);
    }

    /// <summary>
    /// A reference outside the caller's namespaces is 404 before the body is read, whether it exists or not. With
    /// If-Match (the ETag of a GET) the profile is replaced only if nobody changed it since: 412 otherwise.
    /// </summary>
    private static async Task<IResult> Save(string reference, HttpRequest request, CandidateService service, CandidateAccess access,
        ReferenceRegistry registry, CancellationToken ct)
    {
        if (await access.DenyWriteAsync(request, reference, "reference", ct) is { } denied) return denied;
        var (precondition, invalid) = VersionPreconditions.Read(request);
        if (invalid is not null) return invalid;
        var (input, error) = await HttpValidation.ReadJsonAsync<CandidateInput>(request, ct);
        if (error is not null) return error;
        if (input!.Reference is not null && input.Reference != reference)
            return HttpValidation.Problem("reference", "differs from the reference in the URL.");
        if (await VersionPreconditions.FailsAsync(precondition, registry, ReferenceKind.Candidate, reference, ct) is { } failed) return failed;
        return await SaveAsync(request, input with { Reference = reference }, precondition, service, ct);
    }

    private static async Task<IResult> SaveAsync(HttpRequest request, CandidateInput input, VersionPreconditions.Precondition precondition,
        CandidateService service, CancellationToken ct)
    {
        if (Tenancy.Forbidden(request, input.MunicipalityCode, "candidates") is { } forbidden) return forbidden;
        if (input.ExpectedVersion is not null)
            return HttpValidation.Problem("expectedVersion", "is an import row's precondition; a single save sends If-Match with the ETag of a GET.");
        try
        {
            var (profile, created, outcome, version) = await service.SaveAsync(input, ct, precondition.Version);
            var body = CandidateResponse.Of(profile, request);
            VersionPreconditions.Tag(request.HttpContext.Response, version);
            if (outcome == WriteOutcome.Pending) return Results.Accepted($"/api/candidates/{profile.Reference}", body);
            return created ? Results.Created($"/api/candidates/{profile.Reference}", body) : Results.Ok(body);
        }
        catch (ValidationFailedException e) { return HttpValidation.Problem(e.Errors); }
        catch (OwnershipConflictException) { return HttpValidation.NotAvailable(["reference"]); }
        catch (VersionConflictException e) { return VersionPreconditions.Failed(e); }
    }

    /// <summary>
    /// The full profile only for its own municipality (or a client acting for it with read-full): partners see
    /// references and explanations, never profiles. Every read is audited before the profile leaves. The ETag is the
    /// version the index shows (older than the latest while a write still waits for the engine).
    /// </summary>
    private static async Task<IResult> Get(string reference, HttpRequest request, CandidateAccess access, ICandidateIndex index, ProfileReads reads,
        ReferenceRegistry registry, CancellationToken ct)
    {
        var (_, denied) = await access.CheckAsync(request, reference, "reference", CandidateAccess.Use.ReadFull, ct);
        if (denied is not null) return denied;
        // The version before the document: a write indexed in between makes the tag older than the body (a later If-Match
        // fails safe), never newer.
        var version = await registry.VersionOfAsync(ReferenceKind.Candidate, reference, ct);
        if (await index.GetAsync(reference, ct) is not { } profile) return CandidateAccess.NotFound("reference");
        await reads.RecordAsync(Caller.From(request.HttpContext.User)!, reference, profile.MunicipalityCode, ct);
        if (version is not null) VersionPreconditions.Tag(request.HttpContext.Response, version.Indexed);
        return Results.Ok(CandidateResponse.Of(profile, request));
    }

    /// <summary>
    /// Queued like every write (202 while the engine is away); the registry answers who owns the reference, not the
    /// index. With If-Match, only while nobody changed the candidate since it was read (412 otherwise).
    /// </summary>
    private static async Task<IResult> Withdraw(string reference, HttpRequest request, CandidateAccess access, CandidateService service,
        ReferenceRegistry registry, CancellationToken ct)
    {
        var (owner, denied) = await access.CheckAsync(request, reference, "reference", CandidateAccess.Use.ActForOwner, ct);
        if (denied is not null) return denied;
        var (precondition, invalid) = VersionPreconditions.Read(request);
        if (invalid is not null) return invalid;
        if (await VersionPreconditions.FailsAsync(precondition, registry, ReferenceKind.Candidate, reference, ct) is { } failed) return failed;
        try
        {
            var (outcome, version) = await service.WithdrawAsync(reference, owner!, ct, precondition.Version);
            if (version is not null) VersionPreconditions.Tag(request.HttpContext.Response, version.Value);
            var body = new { reference, status = nameof(CandidateStatus.Withdrawn) };
            return outcome == WriteOutcome.Pending ? Results.Accepted(value: body) : Results.Ok(body);
        }
        catch (VersionConflictException e) { return VersionPreconditions.Failed(e); }
    }

    /// <summary>
    /// Body: a JSON array of candidates (application/json) or a CSV file (text/csv), all or nothing. A row with
    /// expectedVersion holds only while its candidate is still at that version: otherwise 412 naming the rows, nothing stored.
    /// </summary>
    private static async Task<IResult> Import(HttpRequest request, CandidateService service, ReferenceRegistry registry, CancellationToken ct)
    {
        var contentType = request.ContentType ?? "";
        if (!contentType.Contains("csv", StringComparison.OrdinalIgnoreCase) && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
            return HttpValidation.Problem("body", "must be a JSON array (application/json) or CSV (text/csv).");
        // 413 past the limit, also for a chunked body without Content-Length.
        var (body, tooLarge) = await HttpValidation.ReadBodyAsync(request, MaxImportBytes, ct);
        if (tooLarge is not null) return tooLarge;
        await using var _ = body;
        try
        {
            IReadOnlyList<CandidateInput> rows;
            Func<int, string> rowName;
            if (contentType.Contains("csv", StringComparison.OrdinalIgnoreCase))
            {
                using var reader = new StreamReader(body!, Encoding.UTF8);
                (rows, var errors) = CandidateCsvMapper.Map(CsvTable.Parse(await reader.ReadToEndAsync(ct)));
                if (errors.Count > 0) return HttpValidation.Problem(errors);
                rowName = CandidateCsvMapper.RowName;
            }
            else
            {
                var json = await ReadJsonArrayAsync(request, body!, ct);
                if (json.Error is not null) return json.Error;
                (rows, rowName) = (json.Rows!, i => $"[{i}]");
            }
            if (ForeignRows(request, rows, rowName) is { } foreign) return foreign;
            try
            {
                return Imported(await service.ImportAsync(rows, rowName, ct));
            }
            catch (VersionConflictException e) { return await StaleRowsAsync(e, rows, rowName, registry, ct); }
        }
        catch (ValidationFailedException e) { return HttpValidation.Problem(e.Errors); }
        catch (OwnershipConflictException e) { return HttpValidation.NotAvailable(e.Lost.Select(c => c.Reference).ToList()); }
    }

    /// <summary>412 naming each row whose expectedVersion no longer holds, and the version its candidate is at now.</summary>
    private static async Task<IResult> StaleRowsAsync(VersionConflictException conflict, IReadOnlyList<CandidateInput> rows, Func<int, string> rowName,
        ReferenceRegistry registry, CancellationToken ct)
    {
        var named = new List<string>();
        foreach (var stale in conflict.Stale.Take(20))
        {
            var reference = stale.Claim.Reference;
            var index = Enumerable.Range(0, rows.Count).First(i => string.Equals(rows[i].Reference?.Trim(), reference, StringComparison.OrdinalIgnoreCase));
            // The write claimed a new reference in its transaction, so the stale claim reads version 0: ask whether it exists.
            var exists = stale.Current > 0 || await registry.VersionOfAsync(ReferenceKind.Candidate, reference, ct) is not null;
            named.Add($"{rowName(index)}.expectedVersion ({reference} " + (exists ? $"is now at version {stale.Current})" : "does not exist yet)"));
        }
        return Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "An import row's expectedVersion failed.",
            detail: $"Changed after they were read: {string.Join("; ", named)}. Nothing was stored: read them again and reapply the change.");
    }

    /// <summary>The shared JSON reader (field errors by path), plus the one thing an array adds: no null rows.</summary>
    private static async Task<(IReadOnlyList<CandidateInput>? Rows, IResult? Error)> ReadJsonArrayAsync(HttpRequest request, Stream body, CancellationToken ct)
    {
        var (rows, error) = await HttpValidation.ReadJsonAsync<CandidateInput?[]>(request, ct, body);
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

    private sealed record RequestSizeLimitMetadata(long? MaxRequestBodySize) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata;
}
