namespace Matching.Eval;

/// <summary>
/// How far a second grader, who graded the same set on their own (<c>judgements-second.tsv</c>), agrees with the first:
/// the second grader's grades used as a ranking and measured against the first's, as a ranker is. Candidates the second
/// grader gave the same grade come in random order (the mean over <see cref="Shuffles"/> seeded orders), so this is what
/// a ranker that graded exactly like the second person would read: the ceiling two careful graders leave a scorer.
/// </summary>
public static class SecondGrader
{
    public const string FileName = "judgements-second.tsv";
    private const int Shuffles = 200;

    /// <summary>The second grader's grades of the set in <paramref name="folder"/>, or null when it has none.</summary>
    public static Dictionary<(string Vacancy, string Candidate), int>? GradesOf(string folder) =>
        File.Exists(Path.Combine(folder, FileName)) ? JudgedSet.GradesIn(Path.Combine(folder, FileName)) : null;

    /// <summary>Mean NDCG@10 and P@3 over the vacancies, or null when the folder has no second grades.</summary>
    public static (double Ndcg, double Precision)? Agreement(string folder, JudgedSet set)
    {
        if (GradesOf(folder) is not { } second) return null;
        var random = new Random(1);
        double ndcg = 0, precision = 0;
        foreach (var vacancy in set.Vacancies)
        {
            var all = set.Grades.Where(g => g.Key.Vacancy == vacancy.Id).Select(g => g.Value).ToList();
            for (var s = 0; s < Shuffles; s++)
            {
                var order = set.Candidates.Select(c => c.Reference)
                    .OrderByDescending(c => second.GetValueOrDefault((vacancy.Id, c))).ThenBy(_ => random.Next())
                    .Select(c => set.GradeOf(vacancy.Id, c)).ToList();
                ndcg += RankingMetrics.Ndcg(order, all, 10);
                precision += RankingMetrics.Precision(order, 3);
            }
        }
        var runs = (double)Shuffles * set.Vacancies.Count;
        return (ndcg / runs, precision / runs);
    }
}
