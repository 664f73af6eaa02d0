using Grpc.Core;
using Grpc.Net.Client;
using Matching.Cli.Output;
using Wsp.Matching.V1;

namespace Matching.Cli.Commands;

/// <summary>`rank`: asks the matching service over gRPC to rank candidates for a vacancy and prints the explained list.</summary>
public sealed class RankCommand(TextWriter output, TextWriter error)
{
    // Ranking is interactive: a netwerker waits for it, so give up long before they would.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public async Task<int> RunAsync(RankOptions options, CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(options.GrpcAddress);
        var client = new MatchingService.MatchingServiceClient(channel);
        var request = new RankCandidatesRequest
        {
            VacancyId = options.VacancyId,
            TopK = options.Top,
            RequestingParty = options.Party,
        };
        try
        {
            var response = await client.RankCandidatesAsync(request, headers: ApiKey.Metadata(), deadline: DateTime.UtcNow.Add(Deadline), cancellationToken: cancellationToken);
            await output.WriteAsync(RankingFormatter.Format(response));
            return ExitCodes.Ok;
        }
        catch (RpcException e)
        {
            await error.WriteAsync(RpcErrorFormatter.Format(e, options.GrpcAddress));
            return ExitCodes.Failed;
        }
    }
}
