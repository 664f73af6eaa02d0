namespace Matching.Contracts;

/// <summary>A candidate profile was registered, updated or withdrawn. Never carries profile contents.</summary>
public sealed record CandidateProfileChanged(string CandidateRef, string MunicipalityCode, CandidateChange Change, DateTimeOffset ChangedAt);

public enum CandidateChange
{
    Registered,
    Updated,
    Withdrawn,
}
