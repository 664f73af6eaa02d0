using System.Security.Cryptography;
using System.Text;

namespace Matching.Learning.Training;

/// <summary>
/// Splits labelled pairs by vacancy, never by pair: every pair of a vacancy lands on the same side, so the model is
/// judged on vacancies it never saw. Deterministic for a seed (a hash of seed and vacancy id decides).
/// </summary>
public static class VacancySplit
{
    public static (IReadOnlyList<TrainingExample> Train, IReadOnlyList<TrainingExample> Test) Split(
        IReadOnlyList<TrainingExample> examples, double testFraction, int seed)
    {
        var vacancies = examples.Select(e => e.VacancyId).Distinct().OrderBy(id => Hash(seed, id)).ThenBy(id => id, StringComparer.Ordinal).ToList();
        var testCount = Math.Clamp((int)Math.Round(vacancies.Count * testFraction), vacancies.Count > 1 ? 1 : 0, Math.Max(0, vacancies.Count - 1));
        var test = vacancies.Take(testCount).ToHashSet(StringComparer.Ordinal);
        return (examples.Where(e => !test.Contains(e.VacancyId)).ToList(), examples.Where(e => test.Contains(e.VacancyId)).ToList());
    }

    private static ulong Hash(int seed, string vacancyId) =>
        BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}:{vacancyId}")), 0);
}
