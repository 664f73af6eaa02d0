using System.ComponentModel.DataAnnotations;

namespace Matching.Ranking;

/// <summary>Ranking settings (section "Ranking").</summary>
public sealed class RankingOptions
{
    public const string Section = "Ranking";

    /// <summary>
    /// How many eligible candidates, by text relevance, the scorer re-scores. The full scorer weighs more than text,
    /// so the window is wide; the eligible count is reported exactly regardless.
    /// </summary>
    [Range(10, 10_000)]
    public int RescoreWindow { get; set; } = 1000;

    [Range(1, 100)]
    public int DefaultTopK { get; set; } = 20;

    [Range(1, 100)]
    public int MaxTopK { get; set; } = 100;

    /// <summary>
    /// Open vacancies (most recently updated first) one candidate is checked against in the reverse direction: the
    /// CandidateNewlyMatched announcements, gRPC RankVacancies and the workbench's kandidaat → vacatures. When there are
    /// more, the result says so (<c>OpenVacanciesCapped</c>).
    /// </summary>
    [Range(1, 10_000)]
    public int NewlyMatchedMaxOpenVacancies { get; set; } = 2000;
}
