namespace Matching.Weekdate;

/// <summary>A generated list with what the ledger keeps of it: the snapshots it saw and the matches it proposed.</summary>
public sealed record WeekdateDraft(
    WeekdateList List,
    IReadOnlyDictionary<string, CandidateSnapshot> Snapshots,
    IReadOnlyList<(string VacancyId, string CandidateRef)> Proposals);
