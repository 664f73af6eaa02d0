using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Matching.Api.Grpc;
using Matching.Domain.Parties;
using Matching.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Matching.Weekdate;
using Wsp.Matching.V1;
using WeekdateService = Matching.Weekdate.WeekdateService;

namespace Matching.Api.Weekdate;

/// <summary>The gRPC surface of the weekdate list: validates, generates through <see cref="WeekdateService"/>, maps.</summary>
[Authorize(Policy = Permissions.Rank)]
public sealed class WeekdateGrpcService(WeekdateService weekdate, PartyDirectory parties) : Wsp.Matching.V1.WeekdateService.WeekdateServiceBase
{
    public override async Task<GenerateWeekdateListResponse> GenerateWeekdateList(GenerateWeekdateListRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context.GetHttpContext().User)!;
        if (string.IsNullOrEmpty(request.Party)) request.Party = caller.Party;
        if (parties.IsKnown(request.Party) && !caller.MayActFor(request.Party))
            GrpcErrors.ThrowPermissionDenied($"Client {caller.ClientName} may not act for '{request.Party}'.");
        var (weekdateRequest, errors) = WeekdateRequestMapper.Map(request, parties, caller.ClientName);
        if (weekdateRequest is null) GrpcErrors.ThrowInvalidArgument(errors);
        var result = await weekdate.GenerateAsync(weekdateRequest, context.CancellationToken);
        return ToResponse(result);
    }

    private static GenerateWeekdateListResponse ToResponse(WeekdateResult result)
    {
        var s = result.List.Summary;
        return new GenerateWeekdateListResponse
        {
            ListReference = result.Reference,
            Party = result.List.Party,
            IsoWeek = result.List.Week.ToString(),
            RankerVersion = result.List.RankerVersion,
            GeneratedAt = Timestamp.FromDateTimeOffset(result.List.GeneratedAt),
            Html = result.Html,
            Csv = result.Csv,
            Summary = new Wsp.Matching.V1.WeekdateSummary
            {
                NewVacancies = s.NewVacancies,
                NewOrChangedCandidates = s.NewOrChangedCandidates,
                NearMissGroups = s.NearMissGroups,
                NearMissPairs = s.NearMissPairs,
                VacanciesWithoutCandidates = s.VacanciesWithoutCandidates,
                FollowUps = s.FollowUps,
            },
        };
    }
}
