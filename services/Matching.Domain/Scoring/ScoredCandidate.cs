using Matching.Domain.Candidates;

namespace Matching.Domain.Scoring;

/// <summary>A candidate with their score (0-100) for a vacancy and the explanation of it.</summary>
public sealed record ScoredCandidate(CandidateProfile Candidate, double Score, MatchFeatures Features, MatchExplanation Explanation);
