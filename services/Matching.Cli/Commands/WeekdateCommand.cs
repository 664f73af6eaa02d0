using Grpc.Core;
using Grpc.Net.Client;
using Matching.Cli.Output;
using Wsp.Matching.V1;

namespace Matching.Cli.Commands;

/// <summary>
/// `weekdate`: asks the matching service to generate the weekdate list (reference and counts only), then streams its
/// HTML and CSV to files chunk by chunk, so no message and no buffer holds a whole file.
/// </summary>
public sealed class WeekdateCommand(TextWriter output, TextWriter error)
{
    // A region-wide list takes seconds; leave room for a busy index.
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    public async Task<int> RunAsync(WeekdateOptions options, CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(options.GrpcAddress);
        var client = new WeekdateService.WeekdateServiceClient(channel);
        try
        {
            var response = await client.GenerateWeekdateListAsync(new GenerateWeekdateListRequest { Party = options.Party, IsoWeek = options.Week, OmitFiles = true },
                headers: ApiKey.Metadata(), deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken);
            Directory.CreateDirectory(options.OutputDirectory);
            var name = $"weekdate-{response.Party}-{response.IsoWeek}";
            var html = Path.Combine(options.OutputDirectory, name + ".html");
            var csv = Path.Combine(options.OutputDirectory, name + ".csv");
            await DownloadAsync(client, response.ListReference, WeekdateFileFormat.Html, html, cancellationToken);
            await DownloadAsync(client, response.ListReference, WeekdateFileFormat.Csv, csv, cancellationToken);
            var s = response.Summary;
            await output.WriteLineAsync($"Weekdate list {response.ListReference} ({response.Party}, {response.IsoWeek}, ranker {response.RankerVersion})");
            await output.WriteLineAsync($"  1 nieuwe vacatures: {s.NewVacancies}   2 nieuwe/gewijzigde kandidaten: {s.NewOrChangedCandidates}   " +
                $"3 bijna-matches: {s.NearMissGroups} groepen, {s.NearMissPairs} paren   4 vacatures zonder kandidaat: {s.VacanciesWithoutCandidates}   5 opvolging: {s.FollowUps}");
            if (LeftOutText(s.LeftOut) is { } leftOut) await output.WriteLineAsync($"  niet getoond (grenzen van de lijst): {leftOut}");
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

    /// <summary>Writes the streamed file to a temporary name first, so an interrupted download leaves no half file under the real name.</summary>
    private static async Task DownloadAsync(WeekdateService.WeekdateServiceClient client, string reference, WeekdateFileFormat format, string path, CancellationToken cancellationToken)
    {
        var partial = path + ".part";
        using (var call = client.GetWeekdateFile(new GetWeekdateFileRequest { ListReference = reference, Format = format },
            headers: ApiKey.Metadata(), deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken))
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024, useAsync: true))
        {
            await foreach (var chunk in call.ResponseStream.ReadAllAsync(cancellationToken))
                await file.WriteAsync(chunk.Data.Memory, cancellationToken);
        }
        File.Move(partial, path, overwrite: true);
    }

    private static string? LeftOutText(WeekdateLeftOut? l)
    {
        if (l is null) return null;
        var parts = new List<string>();
        if (l.NewVacancies > 0) parts.Add($"{l.NewVacancies} nieuwe vacatures");
        if (l.NewOrChangedCandidates > 0) parts.Add($"{l.NewOrChangedCandidates} kandidaten");
        if (l.NearMissGroups > 0) parts.Add($"{l.NearMissGroups} bijna-matchgroepen");
        if (l.NearMissPairs > 0) parts.Add($"{l.NearMissPairs} bijna-matchparen");
        if (l.VacanciesWithoutCandidates > 0) parts.Add($"{l.VacanciesWithoutCandidates} vacatures zonder kandidaat");
        if (l.FollowUps > 0) parts.Add($"{l.FollowUps} op te volgen");
        if (l.PoolCandidates > 0) parts.Add($"{l.PoolCandidates} kandidaten niet gelezen");
        if (l.PoolVacanciesCapped) parts.Add("open vacatures boven de grens niet gelezen");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
