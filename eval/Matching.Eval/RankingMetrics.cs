namespace Matching.Eval;

/// <summary>NDCG@k with gain 2^grade − 1 against the ideal order of all judged grades, and P@k (share graded 2 or higher).</summary>
public static class RankingMetrics
{
    public static double Ndcg(IReadOnlyList<int> rankedGrades, IEnumerable<int> allGrades, int k)
    {
        var ideal = Dcg(allGrades.OrderByDescending(g => g).Take(k).ToList());
        return ideal == 0 ? 1 : Dcg(rankedGrades.Take(k).ToList()) / ideal;
    }

    public static double Precision(IReadOnlyList<int> rankedGrades, int k) => rankedGrades.Take(k).Count(g => g >= 2) / (double)k;

    private static double Dcg(IReadOnlyList<int> grades) =>
        grades.Select((g, i) => (Math.Pow(2, g) - 1) / Math.Log2(i + 2)).Sum();
}
