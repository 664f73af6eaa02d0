namespace Matching.Learning.Training;

/// <summary>NDCG at 5 and 10 on held-out vacancies, with how many vacancies and labelled pairs it was computed on.</summary>
public sealed record RankingMetrics(double Ndcg5, double Ndcg10, int Vacancies, int Pairs);
