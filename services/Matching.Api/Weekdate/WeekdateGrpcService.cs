using Google.Protobuf;
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

/// <summary>
/// The gRPC surface of the weekdate list: validates, generates through <see cref="WeekdateService"/>, maps; streams a
/// generated list's files in chunks.
/// </summary>
[Authorize(Policy = Permissions.Rank)]
public sealed class WeekdateGrpcService(WeekdateService weekdate, PartyDirectory parties) : Wsp.Matching.V1.WeekdateService.WeekdateServiceBase
{
    /// <summary>Bytes per streamed message: well under gRPC's 4 MB default on either side.</summary>
    public const int ChunkBytes = 64 * 1024;

    public override async Task<GenerateWeekdateListResponse> GenerateWeekdateList(GenerateWeekdateListRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context.GetHttpContext().User)!;
        if (string.IsNullOrEmpty(request.Party)) request.Party = caller.Party;
        if (parties.IsKnown(request.Party) && !caller.MayActFor(request.Party))
            GrpcErrors.ThrowPermissionDenied($"Client {caller.ClientName} may not act for '{request.Party}'.");
        var (weekdateRequest, errors) = WeekdateRequestMapper.Map(request, parties, caller.ClientName);
        if (weekdateRequest is null) GrpcErrors.ThrowInvalidArgument(errors);
        var result = await weekdate.GenerateAsync(weekdateRequest, context.CancellationToken);
        return ToResponse(result, request.OmitFiles);
    }

    public override async Task GetWeekdateFile(GetWeekdateFileRequest request, IServerStreamWriter<GetWeekdateFileResponse> responseStream, ServerCallContext context)
    {
        var caller = Caller.From(context.GetHttpContext().User)!;
        var (reference, format, errors) = WeekdateRequestMapper.Map(request);
        if (reference is null) GrpcErrors.ThrowInvalidArgument(errors);
        // Another party's list gets the same answer as a list that does not exist, and its file is never opened.
        var generation = await weekdate.GenerationAsync(reference, context.CancellationToken);
        await using var file = generation is not null && caller.MayActFor(generation.Party)
            ? await weekdate.OpenFileAsync(generation, format, context.CancellationToken) : null;
        if (file is null)
            throw new RpcException(new Status(StatusCode.NotFound, "No weekdate list with this list_reference is available to this client (or a later generation replaced it, or its files are past their retention)."));

        var buffer = new byte[ChunkBytes];
        var first = new GetWeekdateFileResponse { FileName = file.FileName, ContentType = file.ContentType, TotalBytes = file.Content.Length };
        int read;
        while ((read = await file.Content.ReadAsync(buffer, context.CancellationToken)) > 0)
        {
            var chunk = first ?? new GetWeekdateFileResponse();
            chunk.Data = ByteString.CopyFrom(buffer, 0, read);
            await responseStream.WriteAsync(chunk, context.CancellationToken);
            first = null;
        }
        if (first is not null) await responseStream.WriteAsync(first, context.CancellationToken);
    }

    private static GenerateWeekdateListResponse ToResponse(WeekdateResult result, bool omitFiles)
    {
        var s = result.List.Summary;
        var leftOut = result.List.LeftOut;
        return new GenerateWeekdateListResponse
        {
            ListReference = result.Reference,
            Party = result.List.Party,
            IsoWeek = result.List.Week.ToString(),
            RankerVersion = result.List.RankerVersion,
            GeneratedAt = Timestamp.FromDateTimeOffset(result.List.GeneratedAt),
            Html = omitFiles ? "" : result.Html,
            Csv = omitFiles ? "" : result.Csv,
            Summary = new Wsp.Matching.V1.WeekdateSummary
            {
                NewVacancies = s.NewVacancies,
                NewOrChangedCandidates = s.NewOrChangedCandidates,
                NearMissGroups = s.NearMissGroups,
                NearMissPairs = s.NearMissPairs,
                VacanciesWithoutCandidates = s.VacanciesWithoutCandidates,
                FollowUps = s.FollowUps,
                LeftOut = new Wsp.Matching.V1.WeekdateLeftOut
                {
                    NewVacancies = leftOut.NewVacancies,
                    NewOrChangedCandidates = leftOut.Candidates,
                    NearMissGroups = leftOut.NearMissGroups,
                    NearMissPairs = leftOut.NearMissPairs,
                    VacanciesWithoutCandidates = leftOut.VacanciesWithoutCandidates,
                    FollowUps = leftOut.FollowUps,
                    PoolCandidates = leftOut.PoolCandidates,
                    PoolVacanciesCapped = leftOut.PoolVacanciesCapped,
                },
            },
        };
    }
}
