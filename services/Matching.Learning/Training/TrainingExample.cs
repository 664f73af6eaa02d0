using Matching.Domain.Scoring;

namespace Matching.Learning.Training;

/// <summary>One labelled (vacancy, candidate) pair: the features the ranker saw, the graded label from its outcomes, and where it was shown.</summary>
public sealed record TrainingExample(string VacancyId, string CandidateRef, MatchFeatures Features, int Label, int ShownRank);
