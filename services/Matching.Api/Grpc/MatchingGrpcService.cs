using Grpc.Core;
using Matching.Domain.Parties;
using Matching.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Matching.Ranking.Audit;
using Matching.Ranking.Publishing;
using Matching.Ranking;
using Wsp.Matching.V1;

namespace Matching.Api.Grpc;

/// <summary>The gRPC surface of matching: validates, ranks, maps. Ranking itself lives in <see cref="CandidateRanker"/> and <see cref="VacancyRanker"/>.</summary>
[Authorize(Policy = Permissions.Rank)]
public sealed class MatchingGrpcService(RankRequestMapper mapper, CandidateRanker ranker, MatchPublisher publisher, PartyDirectory parties, IAuditLog audit,
    RankVacanciesRequestMapper reverseMapper, VacancyRanker vacancyRanker) : MatchingService.MatchingServiceBase
{
    public override async Task<RankCandidatesResponse> RankCandidates(RankCandidatesRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context.GetHttpContext().User)!;
        if (string.IsNullOrEmpty(request.RequestingParty)) request.RequestingParty = caller.Party;
        // An unknown party is a bad argument (the mapper names the field); a known one the caller may not act for is denied.
        if (parties.IsKnown(request.RequestingParty) && !caller.MayActFor(request.RequestingParty)) GrpcErrors.ThrowPermissionDenied($"Client {caller.ClientName} may not act for '{request.RequestingParty}'.");
        var (rankingRequest, errors) = await mapper.MapAsync(request, context.CancellationToken);
        if (rankingRequest is null) GrpcErrors.ThrowInvalidArgument(errors);
        var result = await ranker.RankAsync(rankingRequest, context.CancellationToken);
        await audit.RecordAsync(new AuditEntry(result.RankedAt, caller.ClientName, rankingRequest.Requester.Code, "rank", result.VacancyId,
            result.RankerVersion, result.Ranked.Select(s => s.Candidate.Reference).ToList()), context.CancellationToken);
        await publisher.PublishAsync(MatchPublisher.ToEvent(result, rankingRequest.Requester.Code), result.VacancyId, messageId: null, context.CancellationToken);
        return RankResponseMapping.ToResponse(result);
    }

    public override async Task<RankVacanciesResponse> RankVacancies(RankVacanciesRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context.GetHttpContext().User)!;
        var mapped = await reverseMapper.MapAsync(request, context.GetHttpContext(), context.CancellationToken);
        if (mapped.NotFound) GrpcErrors.ThrowNotFound(RankVacanciesRequestMapper.ReferenceField);
        if (mapped.Inactive is { } status) GrpcErrors.ThrowFailedPrecondition($"{RankVacanciesRequestMapper.ReferenceField}: the candidate is not active ({status}); only active candidates are matched.");
        if (mapped.Request is null) GrpcErrors.ThrowInvalidArgument(mapped.Errors);
        var result = await vacancyRanker.RankAsync(mapped.Request, context.CancellationToken);
        await audit.RecordAsync(new AuditEntry(result.RankedAt, caller.ClientName, caller.Party, "rank-vacancies", null, result.RankerVersion, [result.CandidateRef]),
            context.CancellationToken);
        return RankVacanciesResponseMapping.ToResponse(result);
    }
}
