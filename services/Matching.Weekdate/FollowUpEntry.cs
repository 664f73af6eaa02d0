namespace Matching.Weekdate;

/// <summary>Section 5: a match proposed at an earlier weekdate, vacancy still open, with no outcome recorded yet.</summary>
public sealed record FollowUpEntry(string VacancyId, string VacancyTitle, string CandidateRef, IsoWeek ProposedIn);
