namespace Matching.Contracts;

/// <summary>
/// A changed candidate now fits an open vacancy they had not been matched to before (e.g. a new certificate, more
/// hours, a higher trede). Announced once per (vacancy, candidate) pair; references and score only.
/// <paramref name="OpenVacanciesChecked"/> is how many open vacancies the candidate was checked against; when
/// <paramref name="OpenVacanciesCapped"/> there were more (the least recently updated were not checked). Both were
/// added later: 0 / false from publishers that predate them.
/// </summary>
public sealed record CandidateNewlyMatched(
    string VacancyId,
    string CandidateRef,
    string MunicipalityCode,
    double Score,
    string RankerVersion,
    DateTimeOffset MatchedAt,
    int OpenVacanciesChecked = 0,
    bool OpenVacanciesCapped = false);
