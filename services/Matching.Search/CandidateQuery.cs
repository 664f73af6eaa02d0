using Matching.Domain.Candidates;
using Matching.Domain.Common;
using Matching.Domain.Geo;
using Matching.Domain.Parties;

namespace Matching.Search;

/// <summary>
/// Hard filters and a free-text relevance query over candidate profiles. Every filter must hold for a hit;
/// the text only orders hits (BM25 over the e-portfolio) and never excludes one. Text is analysed as plain
/// words (Dutch analyzer), never parsed as query syntax.
/// </summary>
public sealed record CandidateQuery
{
    /// <summary>Free text to score against the portfolio, typically the vacancy's title and description.</summary>
    public string Text { get; init; } = "";

    /// <summary>Only candidates whose consent scope covers this party (own municipality / subregion / region).</summary>
    public required Party VisibleTo { get; init; }

    public IReadOnlyList<CandidateStatus> Statuses { get; init; } = [CandidateStatus.Active];

    /// <summary>Certificate codes the candidate must hold (directly or implied) valid on <see cref="ValidOn"/>.</summary>
    public IReadOnlyList<string> RequiredCertificates { get; init; } = [];

    public DateOnly ValidOn { get; init; }

    /// <summary>Participatieladder treden allowed; null for any.</summary>
    public StepRange? Steps { get; init; }

    /// <summary>Candidate's available hours per week must be at least this.</summary>
    public int? MinHoursAvailable { get; init; }

    /// <summary>When set: only candidates whose own maximum travel distance reaches this point.</summary>
    public GeoPoint? WorkLocation { get; init; }

    /// <summary>An extra cap on distance from <see cref="WorkLocation"/>, whatever the candidate's own maximum.</summary>
    public double? MaxDistanceKm { get; init; }

    /// <summary>Only candidates owned by these municipalities; empty for all.</summary>
    public IReadOnlyList<string> MunicipalityCodes { get; init; } = [];

    public bool RequireDoelgroepregister { get; init; }

    public bool RequireBeschutWerkIndication { get; init; }

    /// <summary>How many hits to return (the rescoring window); the total eligible count is always exact.</summary>
    public int Size { get; init; } = 500;
}

public sealed record CandidateHit(CandidateProfile Profile, double TextScore);

/// <summary>Hits ordered by text score descending, then reference ascending; TotalEligible counts all matches.</summary>
public sealed record CandidateSearchResult(long TotalEligible, IReadOnlyList<CandidateHit> Hits)
{
    /// <summary>
    /// What the query text scores against itself: the BM25 score of a document of average length holding each query
    /// term once (Σ boost × idf over the whole index). Independent of the filters, so a hit's
    /// <see cref="CandidateHit.TextScore"/> divided by it is an absolute text relevance: the same for every party
    /// and however small the pool. 0 when the text has no terms.
    /// </summary>
    public double TextScoreReference { get; init; }

    /// <summary>
    /// Half the vacancy's own weighted terms count as full relevance: a portfolio never repeats a whole vacancy text,
    /// and one that shares its occupation, branche and main tasks is as relevant as text can tell.
    /// </summary>
    public const double FullRelevanceShare = 0.5;

    /// <summary>A hit's text relevance in [0, 1], against <see cref="TextScoreReference"/> (not against the best hit).</summary>
    public double RelevanceOf(CandidateHit hit) =>
        TextScoreReference > 0 ? Math.Clamp(hit.TextScore / (FullRelevanceShare * TextScoreReference), 0, 1) : 0;
}
