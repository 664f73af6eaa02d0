using Grpc.Core;
using Matching.Api.Publishing;
using Matching.Api.Ranking;
using Wsp.Matching.V1;

namespace Matching.Api.Grpc;

/// <summary>The gRPC surface of matching: validates, ranks, maps. Ranking itself lives in <see cref="CandidateRanker"/>.</summary>
public sealed class MatchingGrpcService(RankRequestMapper mapper, CandidateRanker ranker, MatchPublisher publisher) : MatchingService.MatchingServiceBase
{
    public override async Task<RankCandidatesResponse> RankCandidates(RankCandidatesRequest request, ServerCallContext context)
    {
        var (rankingRequest, errors) = await mapper.MapAsync(request, context.CancellationToken);
        if (rankingRequest is null) GrpcErrors.ThrowInvalidArgument(errors);
        var result = await ranker.RankAsync(rankingRequest, context.CancellationToken);
        await publisher.PublishAsync(MatchPublisher.ToEvent(result, rankingRequest.Requester.Code), result.VacancyId, messageId: null, context.CancellationToken);
        return RankResponseMapping.ToResponse(result);
    }
}
