namespace Matching.Contracts;

/// <summary>
/// A changed candidate now fits an open vacancy they had not been matched to before (e.g. a new certificate, more
/// hours, a higher trede). Announced once per (vacancy, candidate) pair; references and score only.
/// </summary>
public sealed record CandidateNewlyMatched(
    string VacancyId,
    string CandidateRef,
    string MunicipalityCode,
    double Score,
    string RankerVersion,
    DateTimeOffset MatchedAt);
