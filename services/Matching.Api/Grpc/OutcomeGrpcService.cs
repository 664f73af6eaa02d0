using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Matching.Learning.Fairness;
using Matching.Learning.Logging;
using Matching.Learning.Outcomes;
using Matching.Domain.Outcomes;
using Matching.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Wsp.Matching.V1;

namespace Matching.Api.Grpc;

/// <summary>The gRPC surface of outcomes and fairness: maps, calls <see cref="OutcomeRecorder"/> / <see cref="FairnessCalculator"/>, maps back.</summary>
public sealed class OutcomeGrpcService(OutcomeRecorder recorder, FairnessReporter fairness)
    : OutcomeService.OutcomeServiceBase
{
    public const int DefaultTopK = 10;
    public const int MaxTopK = 100;

    [Authorize(Policy = Permissions.Outcomes)]
    public override async Task<RecordOutcomeResponse> RecordOutcome(RecordOutcomeRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context.GetHttpContext().User)!;
        var input = new OutcomeInput
        {
            OutcomeId = request.OutcomeId,
            VacancyId = request.VacancyId,
            CandidateRef = request.CandidateRef,
            Kind = request.Kind,
            Placement = request.Placement,
            ReasonCode = request.ReasonCode,
            OccurredAt = request.OccurredAt?.ToDateTimeOffset(),
        };
        RecordedOutcome recorded;
        try { recorded = await recorder.RecordAsync(input, caller, context.CancellationToken); }
        catch (OutcomeConflictException e) { throw new RpcException(new Status(StatusCode.FailedPrecondition, e.Message)); }
        if (recorded.NotFound is { } field) GrpcErrors.ThrowNotFound(SnakeCase(field));
        if (recorded.Outcome is null) GrpcErrors.ThrowInvalidArgument(recorded.Errors.Select(e => e with { Field = SnakeCase(e.Field) }).ToList());
        return new RecordOutcomeResponse
        {
            OutcomeId = recorded.Outcome.OutcomeId,
            AlreadyRecorded = recorded.AlreadyRecorded,
            RecordedAt = Timestamp.FromDateTimeOffset(recorded.Outcome.RecordedAt),
        };
    }

    [Authorize(Policy = Permissions.Audit)]
    public override async Task<GetFairnessReportResponse> GetFairnessReport(GetFairnessReportRequest request, ServerCallContext context)
    {
        var topK = request.TopK == 0 ? DefaultTopK : request.TopK;
        if (topK < 1 || topK > MaxTopK) GrpcErrors.ThrowInvalidArgument([new("top_k", $"must be between 1 and {MaxTopK}; got {request.TopK}.")]);
        var ct = context.CancellationToken;
        var report = await fairness.ReportAsync(topK, ct);
        var response = new GetFairnessReportResponse
        {
            GeneratedAt = Timestamp.FromDateTimeOffset(report.GeneratedAt),
            TopK = report.TopK,
            Rankings = report.Rankings,
            UnmonitoredCandidates = report.UnmonitoredCandidates,
            FlagThreshold = report.FlagThreshold,
            MaxRankings = report.MaxRankings,
            RankingsLeftOut = report.RankingsLeftOut,
            WindowStart = report.WindowStart is { } start ? Timestamp.FromDateTimeOffset(start) : null,
        };
        response.Groups.AddRange(report.Groups.Select(g => new Wsp.Matching.V1.GroupFairness
        {
            Group = g.Group, PoolAppearances = g.PoolAppearances, TopKAppearances = g.TopKAppearances,
            SelectionRate = g.SelectionRate, ReferenceSelectionRate = g.ReferenceSelectionRate, ExposureRatio = g.ExposureRatio,
            ExposureFlagged = g.ExposureFlagged, Outcomes = g.Outcomes, PositiveOutcomes = g.PositiveOutcomes, PositiveRate = g.PositiveRate,
            ReferencePositiveRate = g.ReferencePositiveRate, OutcomeRatio = g.OutcomeRatio, OutcomeFlagged = g.OutcomeFlagged,
            InsufficientData = g.InsufficientData,
        }));
        return response;
    }

    private static string SnakeCase(string field) => string.Concat(field.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
