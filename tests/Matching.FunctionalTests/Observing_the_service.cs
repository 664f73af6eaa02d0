using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Wsp.Matching.V1;

namespace Matching.FunctionalTests;

/// <summary>What the OpenTelemetry pipeline sees of a registration and a ranking (captured in memory instead of OTLP).</summary>
public sealed class Observing_the_service : IDisposable
{
    private const string Skill = "zeldzaamwoord heftruck";
    private readonly ExportedItems<Metric> _metrics = new();
    private readonly ExportedItems<Activity> _spans = new();
    private readonly MatchingHostFactory _host = new(testHarness: false);

    public void Dispose()
    {
        _host.Dispose();
        _host.DeleteData();
    }

    private async Task<Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Matching.Host.HostAssembly>> RankOnce()
    {
        var observed = _host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
        }));
        var client = observed.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await client.PutCandidate(Fixtures.Candidate("DAL-T1", certificates: ["HEFTRUCK"], skills: Skill))).StatusCode);
        var vacancy = await (await client.PostAsJsonAsync("/api/vacancies", Fixtures.ForkliftVacancy())).Content.ReadFromJsonAsync<JsonElement>();
        var grpc = new MatchingService.MatchingServiceClient(Grpc.Net.Client.GrpcChannel.ForAddress(observed.Server.BaseAddress,
            new Grpc.Net.Client.GrpcChannelOptions { HttpHandler = new KeyHandler(observed.Server.CreateHandler()) }));
        var ranked = await grpc.RankCandidatesAsync(new RankCandidatesRequest { VacancyId = vacancy.GetProperty("id").GetString(), RequestingParty = Fixtures.Dalfsen });
        Assert.Single(ranked.Candidates);
        observed.Services.GetRequiredService<MeterProvider>().ForceFlush();
        observed.Services.GetRequiredService<TracerProvider>().ForceFlush();
        return observed;
    }

    [Fact]
    public async Task Ranking_latency_requests_index_broker_and_outbox_are_measured()
    {
        // MassTransit's meter is process-wide and did not report reliably in a test process that starts and stops
        // many hosts, so its message counts are not asserted here; its spans are (below). The host stops before the
        // lists are read: its outbox keeps publishing (and tracing) in the background.
        (await RankOnce()).Dispose();

        var names = _metrics.Snapshot().Select(m => m.Name).ToHashSet();
        Assert.Contains("matching.ranking.duration", names);
        Assert.Contains("matching.outbox.pending", names);
        Assert.Contains("http.server.request.duration", names);
        Assert.Contains(names, n => n.StartsWith("resilience.polly.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ranking_is_traced_without_profile_contents()
    {
        (await RankOnce()).Dispose();

        var spans = _spans.Snapshot();
        Assert.Contains(spans, s => s.DisplayName == "rank vacancy");
        Assert.Contains(spans, s => s.Source.Name == "MassTransit");
        var tagValues = spans.SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString() ?? "").ToList();
        Assert.DoesNotContain(tagValues, v => v.Contains("zeldzaamwoord", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_probes_are_left_out_of_the_traces()
    {
        using var observed = await RankOnce();
        _spans.Clear();
        await observed.CreateClient().GetAsync("/ready");
        observed.Services.GetRequiredService<TracerProvider>().ForceFlush();

        // The ranking's own request span may still be exported after the Clear: look for the probe's path only.
        Assert.DoesNotContain(_spans.Snapshot(), s => s.Source.Name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
            && (s.GetTagItem("url.path") as string ?? s.DisplayName).Contains("/ready", StringComparison.Ordinal));
    }

    private sealed class KeyHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add(TestClients.Header, TestClients.WspKey);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
