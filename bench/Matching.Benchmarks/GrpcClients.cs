using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using Wsp.Matching.V1;

namespace Matching.Benchmarks;

/// <summary>RankCandidates and GenerateWeekdateList against the running host, as a partner's client would call them.</summary>
public sealed class GrpcClients(Uri address, RankingWorkload workload)
{
    private static readonly Metadata Key = new() { { HostSettings.ApiKeyHeader, HostSettings.ApiKey } };

    /// <summary>One channel (one HTTP/2 connection) per client, like separate partner applications.</summary>
    public GrpcChannel NewChannel() => GrpcChannel.ForAddress(address, new GrpcChannelOptions
    {
        // A weekdate response carries the HTML and CSV of the whole list.
        MaxReceiveMessageSize = null,
        HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
    });

    public async Task<RankCandidatesResponse> RankAsync(MatchingService.MatchingServiceClient client, int call)
    {
        var vacancy = workload.Vacancy(call);
        return await client.RankCandidatesAsync(new RankCandidatesRequest
        {
            VacancyId = vacancy.Id,
            TopK = workload.TopK,
            RequestingParty = vacancy.MunicipalityCode,
        }, Key);
    }

    public async Task<IReadOnlyList<ConcurrencyResult>> ConcurrencyAsync(IReadOnlyList<int> levels, TimeSpan duration)
    {
        var results = new List<ConcurrencyResult>();
        foreach (var clients in levels)
        {
            var channels = Enumerable.Range(0, clients).Select(_ => NewChannel()).ToArray();
            try
            {
                var stubs = channels.Select(c => new MatchingService.MatchingServiceClient(c)).ToArray();
                // Connect and warm every channel before the clock starts.
                await Task.WhenAll(stubs.Select((s, i) => RankAsync(s, i)));
                var clock = Stopwatch.StartNew();
                var perClient = await Task.WhenAll(stubs.Select((stub, i) => LoopAsync(stub, i, clock, duration)));
                clock.Stop();
                var samples = perClient.SelectMany(p => p.Samples).ToArray();
                var failures = perClient.Sum(p => p.Failures);
                if (samples.Length == 0) throw new InvalidOperationException($"No call succeeded with {clients} clients.");
                results.Add(new ConcurrencyResult(clients, Math.Round(clock.Elapsed.TotalSeconds, 2), samples.Length, failures,
                    Math.Round(samples.Length / clock.Elapsed.TotalSeconds, 1), LatencyStats.Of(samples)));
            }
            finally
            {
                foreach (var channel in channels) channel.Dispose();
            }
        }
        return results;
    }

    /// <summary>One weekdate list for the party over this ISO week: every vacancy registered now is new in it.</summary>
    public async Task<WeekdateResult> WeekdateAsync(string party, int vacancies)
    {
        using var channel = NewChannel();
        var client = new WeekdateService.WeekdateServiceClient(channel);
        // The weekdate's weeks run on Amsterdam time (Weekdate:TimeZone).
        var today = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Amsterdam");
        var week = $"{ISOWeek.GetYear(today)}-W{ISOWeek.GetWeekOfYear(today).ToString("00", CultureInfo.InvariantCulture)}";
        var started = Stopwatch.GetTimestamp();
        var response = await client.GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = party, IsoWeek = week },
            new CallOptions(Key, deadline: DateTime.UtcNow.AddMinutes(10)));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new WeekdateResult(true, $"ISO week {week}, over gRPC", party, vacancies, Math.Round(seconds, 2),
            response.Summary.NewVacancies, response.Summary.NearMissPairs);
    }

    private async Task<(List<double> Samples, int Failures)> LoopAsync(
        MatchingService.MatchingServiceClient client, int clientIndex, Stopwatch clock, TimeSpan duration)
    {
        var samples = new List<double>();
        var failures = 0;
        // Clients start at different vacancies so they do not query in lockstep.
        for (var call = clientIndex * 37; clock.Elapsed < duration; call++)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await RankAsync(client, call);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (RpcException)
            {
                failures++;
            }
        }
        return (samples, failures);
    }
}
