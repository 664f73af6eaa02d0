using System.Text;
using Grpc.Core;
using Grpc.Net.Client;
using Matching.Cli.Output;
using Wsp.Matching.V1;

namespace Matching.Cli.Commands;

/// <summary>`weekdate`: asks the matching service to generate the weekdate list and writes its HTML and CSV.</summary>
public sealed class WeekdateCommand(TextWriter output, TextWriter error)
{
    // A region-wide list takes seconds; leave room for a busy index.
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    public async Task<int> RunAsync(WeekdateOptions options, CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(options.GrpcAddress, new GrpcChannelOptions { MaxReceiveMessageSize = 64 * 1024 * 1024 });
        var client = new WeekdateService.WeekdateServiceClient(channel);
        try
        {
            var response = await client.GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = options.Party, IsoWeek = options.Week },
                headers: ApiKey.Metadata(), deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken);
            Directory.CreateDirectory(options.OutputDirectory);
            var name = $"weekdate-{response.Party}-{response.IsoWeek}";
            var html = Path.Combine(options.OutputDirectory, name + ".html");
            var csv = Path.Combine(options.OutputDirectory, name + ".csv");
            await File.WriteAllTextAsync(html, response.Html, new UTF8Encoding(false), cancellationToken);
            // Spreadsheets read UTF-8 CSV correctly only with a byte-order mark.
            await File.WriteAllTextAsync(csv, response.Csv, new UTF8Encoding(true), cancellationToken);
            var s = response.Summary;
            await output.WriteLineAsync($"Weekdate list {response.ListReference} ({response.Party}, {response.IsoWeek}, ranker {response.RankerVersion})");
            await output.WriteLineAsync($"  1 nieuwe vacatures: {s.NewVacancies}   2 nieuwe/gewijzigde kandidaten: {s.NewOrChangedCandidates}   " +
                $"3 bijna-matches: {s.NearMissGroups} groepen, {s.NearMissPairs} paren   4 vacatures zonder kandidaat: {s.VacanciesWithoutCandidates}   5 opvolging: {s.FollowUps}");
            await output.WriteLineAsync($"  {html}");
            await output.WriteLineAsync($"  {csv}");
            return ExitCodes.Ok;
        }
        catch (RpcException e)
        {
            await error.WriteAsync(RpcErrorFormatter.Format(e, options.GrpcAddress));
            return ExitCodes.Failed;
        }
    }
}
