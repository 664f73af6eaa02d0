using System.ComponentModel.DataAnnotations;

namespace Matching.Weekdate;

/// <summary>
/// How much of each section a list shows (section "Weekdate:Limits"). What a limit leaves out is counted in
/// <see cref="WeekdateLeftOut"/> and said in the list itself (HTML, CSV, gRPC counts, event), never only in a log.
/// The defaults keep a region-wide list readable in a half-hour meeting and its files under a few megabytes.
/// </summary>
public sealed class WeekdateLimits
{
    /// <summary>Section 1: new or updated vacancies shown (the most recently updated first).</summary>
    [Range(1, 10_000)]
    public int NewVacancies { get; set; } = 100;

    /// <summary>Section 2: new or changed candidates shown (those with the best match first).</summary>
    [Range(1, 10_000)]
    public int Candidates { get; set; } = 200;

    /// <summary>Section 3: near-miss groups shown (the groups opening the most vacancies first).</summary>
    [Range(1, 1_000)]
    public int NearMissGroups { get; set; } = 50;

    /// <summary>Section 3: pairs named per group (the counts of vacancies and candidates always cover every pair).</summary>
    [Range(1, 1_000)]
    public int NearMissPairsPerGroup { get; set; } = 25;

    /// <summary>Section 4: open vacancies without an eligible candidate listed.</summary>
    [Range(1, 10_000)]
    public int VacanciesWithoutCandidates { get; set; } = 100;

    /// <summary>Section 5: follow-ups listed (the oldest proposals first).</summary>
    [Range(1, 10_000)]
    public int FollowUps { get; set; } = 200;

    /// <summary>Section 6: profiles to fix named (most gaps first); the counts per gap always cover every profile.</summary>
    [Range(1, 10_000)]
    public int ProfilesToFix { get; set; } = 200;

    /// <summary>Candidates read per owning municipality × trede (Elasticsearch answers at most 10,000 per page).</summary>
    [Range(1, 10_000)]
    public int PoolCandidatesPerMunicipalityAndStep { get; set; } = 10_000;

    /// <summary>Open vacancies read (the most recently updated first).</summary>
    [Range(1, 10_000)]
    public int PoolVacancies { get; set; } = 10_000;
}
