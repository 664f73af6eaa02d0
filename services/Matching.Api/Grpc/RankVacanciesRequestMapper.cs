using Matching.Domain.Candidates;
using Matching.Domain.Parties;
using Matching.Domain.Validation;
using Matching.Ranking;
using Matching.Search;
using Matching.ServiceDefaults.Ownership;
using Matching.Weekdate;
using Microsoft.Extensions.Options;
using Wsp.Matching.V1;

namespace Matching.Api.Grpc;

/// <summary>
/// Validates a <see cref="RankVacanciesRequest"/> (errors use the proto's field names), asks <see cref="CandidateAccess"/>
/// whether the caller may act for the candidate's owner, and loads the profile.
/// </summary>
public sealed class RankVacanciesRequestMapper(
    CandidateAccess access, ICandidateIndex candidates, IOptions<RankingOptions> ranking, IOptions<WeekdateOptions> weekdate)
{
    public const string ReferenceField = "candidate_ref";

    /// <summary>The request, or the field errors, or <c>NotFound</c> (unknown and not-yours are one answer), or the candidate's inactive status.</summary>
    public sealed record Mapped(VacancyRankingRequest? Request, IReadOnlyList<FieldError> Errors, bool NotFound = false, CandidateStatus? Inactive = null);

    public async Task<Mapped> MapAsync(RankVacanciesRequest request, HttpContext http, CancellationToken cancellationToken)
    {
        var check = new FieldChecks();
        var reference = CandidateReference.Check(check, ReferenceField, request.CandidateRef);
        var topK = request.TopK == 0 ? ranking.Value.DefaultTopK : request.TopK;
        if (topK < 1 || topK > ranking.Value.MaxTopK) check.Add("top_k", $"must be between 1 and {ranking.Value.MaxTopK}; got {request.TopK}.");
        if (check.Errors.Count > 0) return new Mapped(null, check.Errors);

        var (_, denied) = await access.CheckAsync(http.Request, reference, ReferenceField, CandidateAccess.Use.ActForOwner, cancellationToken);
        if (denied is not null) return new Mapped(null, [], NotFound: true);
        var candidate = await candidates.GetAsync(reference, cancellationToken);
        if (candidate is null) return new Mapped(null, [], NotFound: true);
        if (candidate.Status != CandidateStatus.Active) return new Mapped(null, [], Inactive: candidate.Status);
        return new Mapped(new VacancyRankingRequest(candidate, topK, weekdate.Value.MaxHoursShort), []);
    }
}
