namespace Matching.Contracts;

/// <summary>
/// A full candidate profile was read through the API: who (client and party), when and for what. The matching
/// service writes it to the audit log, so "who saw my profile?" includes reads. Reference only, no profile contents.
/// </summary>
public sealed record CandidateProfileRead(
    string CandidateRef,
    string Client,
    string Party,
    string Purpose,
    DateTimeOffset ReadAt);
