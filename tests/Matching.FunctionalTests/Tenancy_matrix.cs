using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>
/// Every REST route and gRPC method, called by every demo party (the README's keys, as `make run` accepts them) and
/// without a key, for a Dalfsen candidate of each consent scope. The expected answer of every cell is in
/// <see cref="Expected"/>; a route or method without a row fails the test, and so does a row without a route.
/// </summary>
public sealed class Tenancy_matrix : IDisposable
{
    // Every no-key cell is a call from the same address: the anonymous rate limit is raised so it does not answer them.
    private readonly MatchingHostFactory _host = new(demoClients: true,
        settings: new Dictionary<string, string> { ["Security:AnonymousRequestsPerMinute"] = "100000" });

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    /// <summary>The callers, in the column order of <see cref="Expected"/>.</summary>
    private static readonly (string Name, string? Key, string Party)[] Parties =
    [
        ("Dalfsen", "demo-key-dalfsen", "GM0148"),
        ("WSP front office", "demo-key-wsp", "GM0193"),
        ("Ommen", "demo-key-ommen", "GM0175"),
        ("UWV", "demo-key-uwv", "UWV-ZWOLLE"),
        ("no key", null, ""),
    ];

    /// <summary>Dalfsen's candidates, one per consent scope, in the order of a cell with three values.</summary>
    private static readonly (string Consent, string Reference)[] Scopes =
    [
        ("OwnMunicipality", "DAL-OWN"),
        ("Subregion", "DAL-SUB"),
        ("Region", "DAL-REG"),
    ];

    /// <summary>
    /// Per route: the answer for Dalfsen, the WSP front office, Ommen, UWV and a call without a key. A cell is one
    /// answer for all three candidates, or three (own municipality, subregion, region). REST answers are HTTP
    /// statuses; gRPC answers are status codes, with "+" (the candidate is in the answer) or "-" (left out).
    /// </summary>
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        // Candidates: writes go by the reference's namespace (DAL- is Dalfsen's; the front office acts for Dalfsen).
        ["POST /api/candidates/"] = ["200", "200", "404", "403", "401"],
        ["PUT /api/candidates/{reference}"] = ["200", "200", "404", "403", "401"],
        ["POST /api/candidates/import"] = ["200", "200", "403", "403", "401"],
        // The full profile: the owning municipality only (the demo front office has no read-full).
        ["GET /api/candidates/{reference}"] = ["200", "404", "404", "404", "401"],
        ["POST /api/candidates/{reference}/withdraw"] = ["200", "200", "404", "403", "401"],
        ["GET /api/audit/candidates/{reference}"] = ["200", "403", "404", "403", "401"],
        ["PUT /api/monitoring/{candidateRef}"] = ["200", "403", "404", "403", "401"],
        // Outcomes only for candidates shown to the party (Ommen never saw the own-municipality candidate).
        ["POST /api/outcomes"] = ["201", "201", "404 201 201", "403", "401"],
        ["GET /api/outcomes/{outcomeId}"] = ["200", "404", "404", "403", "401"],
        ["GET /api/fairness"] = ["200", "403", "200", "403", "401"],
        // Vacancies are not personal data: every reader sees them; only their municipality (or who acts for it) writes.
        ["POST /api/vacancies/"] = ["201", "201", "403", "403", "401"],
        ["PUT /api/vacancies/{id}"] = ["200", "200", "403", "403", "401"],
        ["GET /api/vacancies/{id}"] = ["200", "200", "200", "200", "401"],
        ["GET /api/vacancies/"] = ["200", "200", "200", "200", "401"],
        ["POST /api/vacancies/{id}/close"] = ["200", "200", "403", "403", "401"],
        // Probes need no key; the details need "ops".
        ["GET /alive"] = ["200", "200", "200", "200", "200"],
        ["GET /ready"] = ["200", "200", "200", "200", "200"],
        ["GET /health"] = ["403", "200", "403", "403", "401"],
        // gRPC: each ranks as itself; consent decides who sees whom (Zwolle is outside Dalfsen's subregion).
        ["POST /wsp.matching.v1.MatchingService/RankCandidates"] = ["OK+", "OK- OK- OK+", "OK- OK+ OK+", "OK- OK+ OK+", "Unauthenticated"],
        // The reverse direction is the owner's (or who acts for it): others get NOT_FOUND, as for an unknown reference.
        ["POST /wsp.matching.v1.MatchingService/RankVacancies"] = ["OK+", "OK+", "NotFound", "NotFound", "Unauthenticated"],
        ["POST /wsp.matching.v1.WeekdateService/GenerateWeekdateList"] = ["OK+", "OK- OK- OK+", "OK- OK+ OK+", "OK- OK+ OK+", "Unauthenticated"],
        ["POST /wsp.matching.v1.OutcomeService/RecordOutcome"] = ["OK", "OK", "NotFound OK OK", "PermissionDenied", "Unauthenticated"],
        ["POST /wsp.matching.v1.OutcomeService/GetFairnessReport"] = ["OK", "PermissionDenied", "OK", "PermissionDenied", "Unauthenticated"],
        ["POST /grpc.health.v1.Health/Check"] = ["OK", "OK", "OK", "OK", "OK"],
        ["POST /grpc.health.v1.Health/Watch"] = ["OK", "OK", "OK", "OK", "OK"],
        ["POST /grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"] = ["OK", "OK", "OK", "OK", "OK"],
        ["POST /grpc.reflection.v1.ServerReflection/ServerReflectionInfo"] = ["OK", "OK", "OK", "OK", "OK"],
    };

    private string _vacancyId = "";
    private string _closableVacancyId = "";

    [Fact]
    public async Task Every_route_answers_every_party_as_the_table_says()
    {
        var routes = Routes();
        Assert.Empty(routes.Except(Expected.Keys).Select(r => "no row for " + r));
        Assert.Empty(Expected.Keys.Except(routes).Select(r => "no route for row " + r));
        foreach (var service in new[] { MatchingService.Descriptor, WeekdateService.Descriptor, OutcomeService.Descriptor })
            foreach (var method in service.Methods)
                Assert.Contains($"POST /{service.FullName}/{method.Name}", Expected.Keys);

        await SeedAsync();
        var mismatches = new List<string>();
        // Withdrawing last: it changes what rankings show.
        foreach (var route in Expected.Keys.OrderBy(r => r.EndsWith("/withdraw", StringComparison.Ordinal)))
            for (var p = 0; p < Parties.Length; p++)
            {
                var cells = Expected[route][p].Split(' ');
                for (var s = 0; s < Scopes.Length; s++)
                {
                    var expected = cells.Length == 1 ? cells[0] : cells[s];
                    var actual = await CallAsync(route, Parties[p], Scopes[s]);
                    if (actual != expected) mismatches.Add($"{route} as {Parties[p].Name}, {Scopes[s].Consent} candidate: expected {expected}, got {actual}");
                }
            }
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} cells differ:\n" + string.Join("\n", mismatches));
    }

    /// <summary>"METHOD pattern" of every endpoint the host maps, gRPC included (not the catch-alls for unknown methods).</summary>
    private HashSet<string> Routes()
    {
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            // gRPC answers UNIMPLEMENTED for services and methods it does not know; those routes take no data.
            if (pattern.Contains("unimplemented", StringComparison.OrdinalIgnoreCase)) continue;
            // The workbench's pages answer people signed in with a cookie, not API keys: Matching.Workbench.Tests holds
            // their access rules (sign-in, another municipality's profile, tampered forms).
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null
                || pattern == Matching.Workbench.WorkbenchModule.StylesheetPath) continue;
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods) routes.Add($"{method} {pattern}");
        }
        return routes;
    }

    private async Task SeedAsync()
    {
        using var dalfsen = _host.ClientWithKey("demo-key-dalfsen");
        _vacancyId = await RegisterVacancyAsync(dalfsen);
        _closableVacancyId = await RegisterVacancyAsync(dalfsen);
        foreach (var (consent, reference) in Scopes)
            Assert.Equal("201", Status(await dalfsen.PutCandidate(Candidate(reference, consent))));
        // Each party ranks the vacancy as itself once, and Dalfsen records an outcome of its own for each candidate.
        foreach (var (_, key, _) in Parties.Where(p => p.Key is not null))
            await new MatchingService.MatchingServiceClient(_host.Channel(key)).RankCandidatesAsync(new RankCandidatesRequest { VacancyId = _vacancyId, TopK = 20 });
        foreach (var (_, reference) in Scopes)
            Assert.Equal("201", Status(await dalfsen.PostAsJsonAsync("/api/outcomes", Outcome("seen-" + reference, reference))));
    }

    private static async Task<string> RegisterVacancyAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy());
        Assert.Equal("201", Status(response));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static Dictionary<string, object?> Candidate(string reference, string consent) =>
        Fixtures.Candidate(reference, Fixtures.Dalfsen, certificates: ["HEFTRUCK"], consent: consent, logisticsYears: 2, skills: "heftruck magazijn");

    private object Outcome(string outcomeId, string reference) =>
        new { outcomeId, vacancyId = _vacancyId, candidateRef = reference, kind = "Shown" };

    private async Task<string> CallAsync(string route, (string Name, string? Key, string Party) party, (string Consent, string Reference) scope)
    {
        if (route.StartsWith("POST /wsp.", StringComparison.Ordinal) || route.StartsWith("POST /grpc.", StringComparison.Ordinal))
            return await CallGrpcAsync(route, party, scope);
        using var client = _host.ClientWithKey(party.Key);
        var reference = scope.Reference;
        var tag = party.Name.Split(' ')[0].ToLowerInvariant();
        var response = route switch
        {
            "POST /api/candidates/" => await client.PostAsJsonAsync("/api/candidates", Candidate(reference, scope.Consent)),
            "PUT /api/candidates/{reference}" => await client.PutCandidate(Candidate(reference, scope.Consent)),
            "POST /api/candidates/import" => await client.PostAsJsonAsync("/api/candidates/import", new[] { Candidate(reference, scope.Consent) }),
            "GET /api/candidates/{reference}" => await client.GetAsync($"/api/candidates/{reference}"),
            "POST /api/candidates/{reference}/withdraw" => await client.PostAsync($"/api/candidates/{reference}/withdraw", null),
            "GET /api/audit/candidates/{reference}" => await client.GetAsync($"/api/audit/candidates/{reference}"),
            "PUT /api/monitoring/{candidateRef}" => await client.PutAsJsonAsync($"/api/monitoring/{reference}", new { birthYear = 1990, gender = "Female", statushouder = false }),
            "POST /api/outcomes" => await client.PostAsJsonAsync("/api/outcomes", Outcome($"o-{tag}-{reference}", reference)),
            "GET /api/outcomes/{outcomeId}" => await client.GetAsync($"/api/outcomes/seen-{reference}"),
            "GET /api/fairness" => await client.GetAsync("/api/fairness"),
            "POST /api/vacancies/" => await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy()),
            "PUT /api/vacancies/{id}" => await client.PutAsJsonAsync($"/api/vacancies/{_vacancyId}", Fixtures.ForkliftVacancy()),
            "GET /api/vacancies/{id}" => await client.GetAsync($"/api/vacancies/{_vacancyId}"),
            "GET /api/vacancies/" => await client.GetAsync("/api/vacancies"),
            "POST /api/vacancies/{id}/close" => await client.PostAsync($"/api/vacancies/{_closableVacancyId}/close", null),
            "GET /alive" or "GET /ready" or "GET /health" => await client.GetAsync(route[4..]),
            _ => throw new InvalidOperationException($"The matrix has a row for {route} but no call for it."),
        };
        return Status(response);
    }

    private async Task<string> CallGrpcAsync(string route, (string Name, string? Key, string Party) party, (string Consent, string Reference) scope)
    {
        var channel = _host.Channel(party.Key);
        var tag = party.Name.Split(' ')[0].ToLowerInvariant();
        try
        {
            switch (route)
            {
                case "POST /wsp.matching.v1.MatchingService/RankCandidates":
                    var ranked = await new MatchingService.MatchingServiceClient(channel).RankCandidatesAsync(new RankCandidatesRequest { VacancyId = _vacancyId, TopK = 20 });
                    return "OK" + (ranked.Candidates.Any(c => c.CandidateRef == scope.Reference) ? "+" : "-");
                case "POST /wsp.matching.v1.MatchingService/RankVacancies":
                    var fits = await new MatchingService.MatchingServiceClient(channel).RankVacanciesAsync(new RankVacanciesRequest { CandidateRef = scope.Reference, TopK = 50 });
                    return "OK" + (fits.Vacancies.Any(v => v.VacancyId == _vacancyId) ? "+" : "-");
                case "POST /wsp.matching.v1.WeekdateService/GenerateWeekdateList":
                    var list = await new WeekdateService.WeekdateServiceClient(channel).GenerateWeekdateListAsync(new GenerateWeekdateListRequest { IsoWeek = CurrentIsoWeek() });
                    return "OK" + (list.Csv.Contains(scope.Reference, StringComparison.Ordinal) ? "+" : "-");
                case "POST /wsp.matching.v1.OutcomeService/RecordOutcome":
                    await new OutcomeService.OutcomeServiceClient(channel).RecordOutcomeAsync(new RecordOutcomeRequest
                        { OutcomeId = $"g-{tag}-{scope.Reference}", VacancyId = _vacancyId, CandidateRef = scope.Reference, Kind = "Contacted" });
                    return "OK";
                case "POST /wsp.matching.v1.OutcomeService/GetFairnessReport":
                    await new OutcomeService.OutcomeServiceClient(channel).GetFairnessReportAsync(new GetFairnessReportRequest());
                    return "OK";
                case "POST /grpc.health.v1.Health/Check":
                    await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
                    return "OK";
                case "POST /grpc.health.v1.Health/Watch":
                    using (var watch = new Health.HealthClient(channel).Watch(new HealthCheckRequest()))
                        return await watch.ResponseStream.MoveNext(CancellationToken.None) ? "OK" : "no answer";
                case "POST /grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo":
                    using (var call = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo())
                    {
                        await call.RequestStream.WriteAsync(new Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = "" });
                        await call.RequestStream.CompleteAsync();
                        return await call.ResponseStream.MoveNext(CancellationToken.None) ? "OK" : "no answer";
                    }
                case "POST /grpc.reflection.v1.ServerReflection/ServerReflectionInfo":
                    using (var call = new Grpc.Reflection.V1.ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo())
                    {
                        await call.RequestStream.WriteAsync(new Grpc.Reflection.V1.ServerReflectionRequest { ListServices = "" });
                        await call.RequestStream.CompleteAsync();
                        return await call.ResponseStream.MoveNext(CancellationToken.None) ? "OK" : "no answer";
                    }
                default:
                    throw new InvalidOperationException($"The matrix has a row for {route} but no call for it.");
            }
        }
        catch (RpcException e) { return e.StatusCode.ToString(); }
    }

    private static string CurrentIsoWeek()
    {
        var today = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Amsterdam");
        return $"{ISOWeek.GetYear(today)}-W{ISOWeek.GetWeekOfYear(today):D2}";
    }

    private static string Status(HttpResponseMessage response) => ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
}
