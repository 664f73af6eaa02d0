using Matching.Domain.Certificates;
using Matching.Domain.Common;
using Matching.Domain.Geo;

namespace Matching.Domain.Candidates;

/// <summary>
/// A jobseeker (werkzoekende) as the matching index knows them: a pseudonymous reference and what matching
/// needs, never a BSN, a name, an address or protected attributes (nationality, gender, age, health).
/// </summary>
public sealed record CandidateProfile
{
    /// <summary>Pseudonymous reference issued by the owning municipality's case system.</summary>
    public required string Reference { get; init; }
    /// <summary>Owning municipality ("GM" + CBS code).</summary>
    public required string MunicipalityCode { get; init; }
    public required EPortfolio Portfolio { get; init; }
    public IReadOnlyList<HeldCertificate> Certificates { get; init; } = [];
    public LanguageLevel LanguageLevel { get; init; }
    public int HoursAvailablePerWeek { get; init; }
    /// <summary>Home area as PC4 only; the centroid stands in for the address.</summary>
    public required string HomePc4 { get; init; }
    public GeoPoint Home { get; init; }
    public int MaxTravelKm { get; init; }
    /// <summary>Trede on the participatieladder (1-6).</summary>
    public int ParticipationStep { get; init; }
    public DalfsenCategory? Category { get; init; }
    public ClientGroup? ClientGroup { get; init; }
    public Indications Indications { get; init; } = new(false, false);
    public IReadOnlyList<Workshop> Workshops { get; init; } = [];
    public ConsentScope Consent { get; init; }
    public CandidateStatus Status { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// Wacht sinds: the day the candidate registered as a jobseeker, or their last placement ended, as the case system
    /// has it; null when unknown. Orders the weekdate agenda (who waits longest comes first among equals), never a ranking feature.
    /// </summary>
    public DateOnly? WaitingSince { get; init; }
}

/// <summary>Indications (indicaties) set by UWV: doelgroepregister of the banenafspraak, beschut werk.</summary>
public sealed record Indications(bool Doelgroepregister, bool BeschutWerk);

public enum CandidateStatus
{
    /// <summary>Looking for work or a participation place: matchable.</summary>
    Active,
    /// <summary>Temporarily not available (illness, care, a course).</summary>
    Paused,
    /// <summary>Placed in work.</summary>
    Placed,
    /// <summary>Withdrawn by the municipality (no longer a client, or consent withdrawn).</summary>
    Withdrawn,
}

/// <summary>Dalfsen's client categories with their subcategory.</summary>
public enum DalfsenCategory
{
    ZorgMaximumReached,
    ZorgProgressExpected,
    MeedoenMaximumReached,
    MeedoenProgressExpected,
    WerkfitMaximumReached,
    WerkfitProgressExpected,
}

/// <summary>Steenwijkerland's six client groups.</summary>
public enum ClientGroup
{
    DirectWerk,
    WerkenEnErvaren,
    LerenEnOntwikkelen,
    Zorg,
    Werkvoorzienend,
    Geplaatst,
}

/// <summary>Workshops the municipality offers.</summary>
public enum Workshop
{
    EPortfolio,
    Werkfit,
    Solliciteren,
}
