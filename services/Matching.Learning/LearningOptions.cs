using System.ComponentModel.DataAnnotations;

namespace Matching.Learning;

/// <summary>Learned ranking and fairness monitoring settings (section "Learning").</summary>
public sealed class LearningOptions
{
    public const string Section = "Learning";

    /// <summary>Outcomes, logged rankings and monitoring attributes (separate SQLite files).</summary>
    [Required]
    public string DataDirectory { get; set; } = "data/matching/learning";

    /// <summary>Versioned models: &lt;version&gt;/model.zip + metadata.json, and current.json naming the promoted one.</summary>
    [Required]
    public string ModelsDirectory { get; set; } = "data/models";

    /// <summary>A model is promoted only with at least this many vacancies with labelled pairs...</summary>
    [Range(2, 1_000_000)]
    public int MinVacancies { get; set; } = 50;

    /// <summary>...and this many labelled pairs.</summary>
    [Range(10, 100_000_000)]
    public int MinLabelledPairs { get; set; } = 1000;

    /// <summary>How much higher the held-out NDCG@10 must be than the current ranker's (absolute).</summary>
    [Range(0.0, 1.0)]
    public double PromotionMargin { get; set; } = 0.02;

    /// <summary>Share of vacancies held out for evaluation.</summary>
    [Range(0.1, 0.5)]
    public double TestFraction { get; set; } = 0.25;

    public int Seed { get; set; } = 42;

    /// <summary>The fairness report (REST, gRPC) reads at most this many of the latest rankings and their vacancies' outcomes.</summary>
    [Range(10, 1_000_000)]
    public int FairnessMaxRankings { get; set; } = 10_000;

    /// <summary>Seconds between checks whether another model was promoted (the file current.json).</summary>
    [Range(1, 3600)]
    public int ModelRefreshSeconds { get; set; } = 30;
}
