namespace Matching.Contracts;

/// <summary>A vacancy was ranked: the ranked references and scores, by which ranker, for whom, when.</summary>
public sealed record CandidatesMatched(
    string VacancyId,
    string RequestingParty,
    int EligibleCount,
    IReadOnlyList<MatchedCandidate> Candidates,
    string RankerVersion,
    DateTimeOffset MatchedAt);

/// <summary>One ranked candidate: pseudonymous reference, owning municipality, rank (1-based) and score (0-100).</summary>
public sealed record MatchedCandidate(string CandidateRef, string MunicipalityCode, int Rank, double Score);
