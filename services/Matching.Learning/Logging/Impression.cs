using Matching.Domain.Scoring;

namespace Matching.Learning.Logging;

/// <summary>A candidate shown at a position of a ranking, with the features the ranker saw: the learned ranker's training input.</summary>
public sealed record Impression(string VacancyId, string CandidateRef, int Rank, string RankerVersion, DateTimeOffset RankedAt, MatchFeatures Features);
