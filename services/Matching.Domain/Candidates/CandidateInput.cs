namespace Matching.Domain.Candidates;

/// <summary>A candidate profile as a municipality sends it (REST, bulk import), before validation.</summary>
public sealed record CandidateInput
{
    public string? Reference { get; init; }
    public string? MunicipalityCode { get; init; }
    public string? Postcode { get; init; }
    public int? MaxTravelKm { get; init; }
    public int? HoursAvailablePerWeek { get; init; }
    public int? ParticipationStep { get; init; }
    public string? Category { get; init; }
    public string? ClientGroup { get; init; }
    public string? LanguageLevel { get; init; }
    public PortfolioInput? Portfolio { get; init; }
    public IReadOnlyList<CertificateInput?>? Certificates { get; init; }
    public bool? Doelgroepregister { get; init; }
    public bool? BeschutWerkIndication { get; init; }
    public IReadOnlyList<string?>? Workshops { get; init; }
    public string? Consent { get; init; }
    public string? Status { get; init; }
    /// <summary>yyyy-MM-dd: registered as a jobseeker, or the last placement ended (optional).</summary>
    public string? WaitingSince { get; init; }
    /// <summary>
    /// An import row's precondition (optional): the version a GET answered as its ETag. The import holds only while the
    /// candidate is still at it; a single save sends If-Match instead.
    /// </summary>
    public long? ExpectedVersion { get; init; }
}

public sealed record PortfolioInput
{
    public string? EducationLevel { get; init; }
    public IReadOnlyList<string?>? Education { get; init; }
    public IReadOnlyList<WorkExperienceInput?>? WorkExperience { get; init; }
    public IReadOnlyList<string?>? Skills { get; init; }
    public IReadOnlyList<string?>? Interests { get; init; }
    /// <summary>A short text in the candidate's own words.</summary>
    public string? About { get; init; }
}

public sealed record WorkExperienceInput(string? Branche, string? Occupation, double? Years, string? OccupationCode = null, int? EndedYear = null);

public sealed record CertificateInput(string? Code, string? IssuedOn, string? ExpiresOn);
