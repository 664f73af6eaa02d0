using System.Net;
using System.Net.Http.Json;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Grpc.Core;
using Matching.Learning.Fairness;
using Matching.Learning.Outcomes;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>
/// Random (FsCheck-generated) and hand-picked hostile requests against the running server, over real gRPC and REST:
/// every one is answered with a client error, never Internal / 5xx, and nothing stored changes.
/// </summary>
public sealed class Throwing_hostile_input_at_the_server : IDisposable
{
    private const int Samples = 100;
    private static readonly string[] Hostile =
    [
        "", "\0", "a\u0000b", "title:(a OR b) AND \"x", "*:*", "\\", "'; DROP TABLE x; --", "<script>", "\uD800", "🦺",
        new string('x', 100_000), "111222333", "GM0148\n", "VAC-0001", "../../etc", "NaN",
    ];

    private readonly MatchingHostFactory _host = new();

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    private static string[] Strings(int seed) =>
        Sample(ArbMap.Default.GeneratorFor<string>(), 30).Select((s, i) => (i + seed) % 3 == 0 ? Hostile[(i + seed) % Hostile.Length] : s ?? "").ToArray();

    private static int[] Ints() => Sample(ArbMap.Default.GeneratorFor<int>(), 1_000_000);

    private static double[] Doubles() => Sample(ArbMap.Default.GeneratorFor<double>(), 1_000_000);

    private static T[] Sample<T>(Gen<T> generator, int size)
    {
        var values = Gen.Sample(Gen.ArrayOf(generator, Samples), size, 1).First();
        Assert.Equal(Samples, values.Length);
        return values;
    }

    private async Task<(long Candidates, long Vacancies)> StoredCounts()
    {
        var client = _host.CreateClient();
        var health = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/health");
        var data = health.GetProperty("checks").GetProperty("search-index").GetProperty("data");
        return (data.GetProperty("candidates").GetInt64(), data.GetProperty("vacancies").GetInt64());
    }

    [Fact]
    public async Task RankCandidates_never_fails_internally()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-1", certificates: ["HEFTRUCK"]))).StatusCode);
        var before = await StoredCounts();
        var grpc = _host.GrpcClient();
        var (texts, codes, ints, doubles) = (Strings(1), Strings(2), Ints(), Doubles());

        for (var i = 0; i < Samples; i++)
        {
            var request = new RankCandidatesRequest { TopK = ints[i] % 300, RequestingParty = i % 4 == 0 ? "GM0148" : codes[i] };
            if (i % 2 == 0) request.VacancyId = texts[i];
            else request.Vacancy = new VacancySpec
            {
                Title = texts[i], Description = texts[(i + 7) % Samples], Employer = codes[i], Branche = i % 5 == 0 ? "Logistiek" : codes[(i + 1) % Samples],
                Postcode = i % 3 == 0 ? "7721" : texts[(i + 3) % Samples], MinHoursPerWeek = ints[(i + 1) % Samples] % 100, Kind = i % 4 == 0 ? "Regular" : codes[(i + 2) % Samples],
                MinStep = ints[(i + 2) % Samples] % 9, RequiredCertificates = { codes[(i + 5) % Samples], "HEFTRUCK" },
            };
            if (i % 3 == 0) request.Filter = new CandidateFilter { MaxDistanceKm = doubles[i], MunicipalityCodes = { codes[(i + 4) % Samples] } };

            try
            {
                await grpc.RankCandidatesAsync(request);
            }
            catch (RpcException e)
            {
                Assert.True(e.StatusCode is StatusCode.InvalidArgument or StatusCode.PermissionDenied,
                    $"request {i} answered {e.StatusCode}: {e.Status.Detail}");
            }
        }

        Assert.Equal(before, await StoredCounts());
    }

    [Fact]
    public async Task Rest_writes_reject_garbage_and_store_nothing()
    {
        var client = _host.CreateClient();
        var before = await StoredCounts();
        var (texts, codes, ints) = (Strings(3), Strings(4), Ints());

        for (var i = 0; i < Samples; i++)
        {
            HttpResponseMessage response;
            switch (i % 4)
            {
                case 0:
                    response = await client.PostAsync("/api/vacancies", new StringContent(texts[i], Encoding.UTF8, "application/json"));
                    break;
                case 1:
                    response = await client.PostAsJsonAsync("/api/vacancies", new
                    {
                        municipalityCode = i % 8 == 1 ? "GM0148" : codes[i], title = texts[i], employer = texts[(i + 1) % Samples], branche = codes[(i + 2) % Samples],
                        postcode = texts[(i + 3) % Samples], minHoursPerWeek = ints[i], kind = codes[(i + 4) % Samples],
                    });
                    break;
                case 2:
                    // The test server refuses control characters in a path before routing (Kestrel answers 400); they go in the body instead.
                    var reference = new string(texts[i].Where(c => !char.IsControl(c)).Take(200).ToArray());
                    response = await client.PutAsJsonAsync($"/api/candidates/{Uri.EscapeDataString(reference.Length == 0 ? "x" : reference)}", new
                    {
                        municipalityCode = i % 8 == 2 ? "GM0148" : codes[i], postcode = texts[(i + 1) % Samples], participationStep = ints[i],
                        hoursAvailablePerWeek = ints[(i + 1) % Samples], consent = codes[(i + 2) % Samples], certificates = new[] { new { code = codes[(i + 3) % Samples], issuedOn = texts[i] } },
                    });
                    break;
                default:
                    response = await client.PostAsync("/api/candidates/import", new StringContent("reference;postcode\n" + texts[i], Encoding.UTF8, "text/csv"));
                    break;
            }
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"request {i} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(before, await StoredCounts());
    }

    /// <summary>What a lenient enum parser would widen: numbers, signs, flag combinations.</summary>
    private static readonly string[] EnumTricks = ["0", "2", "+1", "%2B1", "-1", "OwnMunicipality,Region", "Subregion, Region", "Regular,Loonkostensubsidie", "Open,Closed", "1e1"];

    private async Task<(int Outcomes, int Monitored)> LearningCounts() =>
        ((await _host.Services.GetRequiredService<IOutcomeStore>().AllAsync(default)).Count,
         (await _host.Services.GetRequiredService<IMonitoringStore>().AllAsync(default)).Count);

    [Fact]
    public async Task Outcomes_and_monitoring_reject_garbage_and_store_nothing()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-1", certificates: ["HEFTRUCK"]))).StatusCode);
        var vacancy = await (await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy())).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var vacancyId = vacancy.GetProperty("id").GetString()!;
        await _host.GrpcClient().RankCandidatesAsync(new RankCandidatesRequest { VacancyId = vacancyId, RequestingParty = Fixtures.Dalfsen });
        var before = await LearningCounts();
        var grpc = new OutcomeService.OutcomeServiceClient(_host.Channel());
        var (texts, codes, ints) = (Strings(5), Strings(6), Ints());

        for (var i = 0; i < Samples; i++)
        {
            var reference = i % 3 == 0 ? "DAL-1" : texts[i];
            var kind = i % 2 == 0 ? EnumTricks[i % EnumTricks.Length] : "X" + codes[i];
            HttpResponseMessage? response = null;
            switch (i % 4)
            {
                case 0:
                    response = await client.PostAsJsonAsync("/api/outcomes", new
                    {
                        outcomeId = i % 5 == 0 ? texts[(i + 1) % Samples] : $"hostile-{i}", vacancyId, candidateRef = reference, kind,
                        placement = codes[(i + 2) % Samples], reasonCode = texts[(i + 3) % Samples],
                    });
                    break;
                case 1:
                    var occurredAt = i % 8 == 1 ? "0001-01-01T00:00:00Z" : new string(texts[i].Where(c => c is not ('"' or '\\')).ToArray());
                    response = await client.PostAsync("/api/outcomes", new StringContent(
                        $$"""{"outcomeId":"hostile-{{i}}","vacancyId":"{{vacancyId}}","candidateRef":"DAL-1","kind":"Shown","occurredAt":"{{occurredAt}}"}""",
                        Encoding.UTF8, "application/json"));
                    break;
                case 2:
                    var path = new string(reference.Where(c => !char.IsControl(c)).Take(200).ToArray());
                    response = await client.PutAsJsonAsync($"/api/monitoring/{Uri.EscapeDataString(path.Length == 0 ? "x" : path)}", new
                    {
                        birthYear = path == "DAL-1" ? 1800 + ints[i] % 100 : ints[i], gender = i % 6 == 2 ? "+1" : codes[i], statushouder = i % 2 == 0,
                    });
                    break;
                default:
                    try
                    {
                        await grpc.RecordOutcomeAsync(new RecordOutcomeRequest { OutcomeId = $"hostile-grpc-{i}", VacancyId = vacancyId, CandidateRef = reference, Kind = kind });
                        Assert.Fail($"gRPC request {i} was accepted: {reference} / {kind}");
                    }
                    catch (RpcException e)
                    {
                        Assert.True(e.StatusCode is StatusCode.InvalidArgument or StatusCode.NotFound, $"gRPC request {i} answered {e.StatusCode}: {e.Status.Detail}");
                    }
                    break;
            }
            if (response is not null)
                Assert.True((int)response.StatusCode is >= 400 and < 500, $"request {i} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(before, await LearningCounts());
    }

    [Fact]
    public async Task Query_strings_and_enum_fields_are_refused_by_name_naming_the_field()
    {
        var client = _host.CreateClient();
        var texts = Strings(7);
        for (var i = 0; i < Samples; i++)
        {
            var trick = EnumTricks[i % EnumTricks.Length];
            var (url, field) = (i % 4) switch
            {
                0 => ($"/api/vacancies?status={Uri.EscapeDataString(trick)}", "status"),
                1 => ($"/api/vacancies?size={Uri.EscapeDataString("x" + texts[i])}", "size"),
                2 => ($"/api/vacancies?branche={Uri.EscapeDataString(trick)}&municipalityCode={Uri.EscapeDataString("GM" + texts[i])}", "branche"),
                _ => ($"/api/fairness?topK={Uri.EscapeDataString(i % 8 == 3 ? "abc" : trick + "x")}", "topK"),
            };
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out _), $"{url}: {errors}");
        }

        foreach (var trick in EnumTricks.Where(t => t != "%2B1"))
        {
            var body = System.Text.Json.JsonSerializer.SerializeToNode(Fixtures.ForkliftVacancy())!.AsObject();
            body["kind"] = trick;
            var vacancy = await client.PostAsJsonAsync("/api/vacancies", body);
            Assert.Equal(HttpStatusCode.BadRequest, vacancy.StatusCode);
            Assert.Contains("kind", await vacancy.Content.ReadAsStringAsync());

            var candidate = Fixtures.Candidate("DAL-ENUM");
            candidate["consent"] = trick;
            var widened = await client.PutCandidate(candidate);
            Assert.Equal(HttpStatusCode.BadRequest, widened.StatusCode);
            Assert.Contains("consent", await widened.Content.ReadAsStringAsync());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/DAL-ENUM")).StatusCode);

        var padded = await client.PutAsJsonAsync("/api/candidates/%20DAL-X", Fixtures.Candidate(" DAL-X"));
        Assert.Equal(HttpStatusCode.BadRequest, padded.StatusCode);
        Assert.Contains("reference", await padded.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/candidates/DAL-X")).StatusCode);
    }
}
