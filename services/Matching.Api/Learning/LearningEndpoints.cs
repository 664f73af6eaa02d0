using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Learning.Outcomes;
using Matching.Domain.Outcomes;
using Matching.Domain.Validation;
using Matching.ServiceDefaults;
using Matching.ServiceDefaults.Ownership;
using Matching.ServiceDefaults.Security;

namespace Matching.Api.Learning;

/// <summary>REST+JSON for the front office: /api/outcomes, /api/fairness and /api/monitoring.</summary>
public static class LearningEndpoints
{
    public static IEndpointRouteBuilder MapLearningApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/outcomes", Record).WithTags("Outcomes").RequireAuthorization(Permissions.Outcomes);
        app.MapGet("/api/outcomes/{outcomeId}", Get).WithTags("Outcomes").RequireAuthorization(Permissions.Outcomes);
        app.MapGet("/api/fairness", Fairness).WithTags("Fairness").RequireAuthorization(Permissions.Audit);
        app.MapPut("/api/monitoring/{candidateRef}", SaveMonitoring).WithTags("Fairness").RequireAuthorization(Permissions.Audit);
        return app;
    }

    /// <summary>201 when new; 200 with the stored outcome when the id was recorded before; 409 when that id holds something else.</summary>
    private static async Task<IResult> Record(HttpRequest request, OutcomeRecorder recorder, CancellationToken ct)
    {
        var (input, error) = await HttpValidation.ReadJsonAsync<OutcomeInput>(request, ct);
        if (error is not null) return error;
        var caller = Caller.From(request.HttpContext.User)!;
        try
        {
            var recorded = await recorder.RecordAsync(input!, caller, ct);
            if (recorded.NotFound is { } field) return CandidateAccess.NotFound(field);
            if (recorded.Outcome is null) return HttpValidation.Problem(recorded.Errors);
            return recorded.AlreadyRecorded ? Results.Ok(recorded.Outcome) : Results.Created($"/api/outcomes/{recorded.Outcome.OutcomeId}", recorded.Outcome);
        }
        catch (OutcomeConflictException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Outcome id already used.", detail: e.Message);
        }
    }

    /// <summary>Only the party that recorded the outcome finds it: outcome ids are scoped per party.</summary>
    private static async Task<IResult> Get(string outcomeId, HttpRequest request, IOutcomeStore store, CancellationToken ct) =>
        await store.FindAsync(Caller.From(request.HttpContext.User)!.Party, outcomeId, ct) is { } outcome ? Results.Ok(outcome) : Results.NotFound();

    /// <summary>Over the latest rankings only (Learning:FairnessMaxRankings); the report states its window.</summary>
    private static async Task<IResult> Fairness(string? topK, FairnessReporter reporter, CancellationToken ct)
    {
        var check = new FieldChecks();
        var k = check.IntText("topK", topK, 1, 100, fallback: 10);
        if (check.Errors.Count > 0) return HttpValidation.Problem(check.Errors);
        return Results.Ok(await reporter.ReportAsync(k, ct));
    }

    /// <summary>Special-category data: only the owning municipality (or a client acting for it) with the audit permission; otherwise 404.</summary>
    private static async Task<IResult> SaveMonitoring(string candidateRef, HttpRequest request, CandidateAccess access, IMonitoringStore store, TimeProvider clock, CancellationToken ct)
    {
        var (_, denied) = await access.CheckAsync(request, candidateRef, "candidateRef", CandidateAccess.Use.ActForOwner, ct);
        if (denied is not null) return denied;
        var (input, error) = await HttpValidation.ReadJsonAsync<MonitoringInput>(request, ct);
        if (error is not null) return error;
        var check = new FieldChecks();
        var year = clock.GetUtcNow().Year;
        if (input!.BirthYear is { } born && (born < year - 100 || born > year - 14)) check.Add("birthYear", $"must lie between {year - 100} and {year - 14}.");
        var gender = check.OptionalEnum<MonitoredGender>("gender", input.Gender);
        if (check.Errors.Count > 0) return HttpValidation.Problem(check.Errors);
        var profile = new MonitoringProfile(candidateRef, input.BirthYear, gender, input.Statushouder);
        await store.SaveAsync(profile, ct);
        return Results.Ok(profile);
    }
}
