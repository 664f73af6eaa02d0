namespace Matching.Learning.Training;

public sealed record PromotionDecision(bool Promote, string Reason);
